/** One line of a petition list. */
export interface PetitionSignatureView {
  id: string;
  signedAt: Date;
  name: string;
  email: string;
  country: string;
}

export const PETITION_CSV_HEADER = 'signed_at,name,email,country';

/**
 * RFC 4180 CSV (CRLF, fields quoted when needed). A value a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR at the start) is prefixed with `'`: a signer's name is typed by anyone
 * on the internet, and the list is opened by staff in a spreadsheet.
 */
export function petitionCsv(signatures: PetitionSignatureView[]): string {
  const lines = signatures.map((s) => [s.signedAt.toISOString(), s.name, s.email, s.country].map(csvField).join(','));
  return [PETITION_CSV_HEADER, ...lines].map((line) => `${line}\r\n`).join('');
}

function csvField(value: string): string {
  const neutralised = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutralised) ? `"${neutralised.replaceAll('"', '""')}"` : neutralised;
}
