/**
 * Postal code shapes of the countries where Plume's sections' supporters mostly live. A country not
 * listed here gets no shape check (but the code is still optional text), so nobody is locked out.
 */
const POSTAL_CODE_SHAPES: Readonly<Record<string, { pattern: RegExp; example: string }>> = {
  BE: { pattern: /^\d{4}$/, example: '1050' },
  DZ: { pattern: /^\d{5}$/, example: '16000' },
  FR: { pattern: /^\d{5}$/, example: '75011' },
  LU: { pattern: /^(L-)?\d{4}$/, example: '1724' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  CH: { pattern: /^\d{4}$/, example: '1201' },
  ES: { pattern: /^\d{5}$/, example: '28013' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  MA: { pattern: /^\d{5}$/, example: '10000' },
  TN: { pattern: /^\d{4}$/, example: '1000' },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: 'H2X 1Y4' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'WC1X 0DW' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '10001' },
};

/** What is wrong with a postal code for a country, or null when it is fine. */
export function postalCodeProblem(country: string, postalCode: string | null | undefined): string | null {
  const shape = POSTAL_CODE_SHAPES[country];
  if (!shape) return null;
  if (!postalCode) return `is required for ${country}`;
  return shape.pattern.test(postalCode) ? null : `is not a postal code of ${country} (e.g. "${shape.example}")`;
}
