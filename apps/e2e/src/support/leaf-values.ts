import fc from 'fast-check';
import type { IdKind, KnownValues } from './known-values';

const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

/** Values of one leaf: what a real client would send, and odd ones (still of the right GraphQL type). */
interface Leaf {
  plausible: fc.Arbitrary<unknown>;
  odd: fc.Arbitrary<unknown>;
}

/** Any text: unicode, control characters (NUL too), whitespace only, markup, SQL, very long. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', ' ', '\t\n', 'a\u0000b', '\u202Eevil', '<script>alert(1)</script>', "'; DROP TABLE supporter; --", 'Écrire ✊🏽 𝕻𝖑𝖚𝖒𝖊', 'x'.repeat(3000)),
  },
);
const words = fc.stringMatching(/^[A-Z][a-zà-ÿ]{2,12}( [a-zà-ÿ]{2,12}){0,4}$/);

/**
 * Personal data has values of its own (never the constants of `anyText`, which other fields send too),
 * so that one found in an error or a log was sent as personal data.
 */
const randomText = fc.string({ unit: 'grapheme', maxLength: 30 });
const personName: Leaf = {
  plausible: fc
    .tuple(fc.constantFrom('Amina Fuzzeuse', 'José Ñúñez', 'Ngozi Okafor', '张伟 Zhang', 'Thandiwe Mbeki'), fc.stringMatching(/^[a-z]{0,6}$/))
    .map(([name, tail]) => `${name}${tail}`),
  odd: fc.oneof(randomText, fc.constantFrom('', ' ', 'Amina\u0000Fuzzeuse', 'y'.repeat(3000))),
};
const email: Leaf = {
  plausible: fc
    .tuple(fc.stringMatching(/^[a-z]{3,10}(\.[a-z]{2,8})?$/), fc.constantFrom('example.org', 'example.be', 'exemple.dz'))
    .map(([local, domain]) => `${local}.fuzz@${domain}`),
  odd: fc.oneof(fc.emailAddress(), fc.constantFrom('not-an-email', 'amina.fuzz@', '@example.org', 'amina..fuzz@@example.org', 'amina.fuzz@example.org\u0000', ''), randomText),
};
const street: Leaf = { plausible: fc.constantFrom('Rue de la Loi 16', 'Chaussée de Wavre 1000', 'Boulevard Mohamed V 12'), odd: fc.oneof(fc.constant(''), randomText) };

const pastMonth = fc.integer({ min: 0, max: 24 }).map((monthsAgo) => {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - monthsAgo);
  return date.toISOString().slice(0, 7);
});
const recentDate = fc.integer({ min: 1, max: 60 * 24 * 60 }).map((minutesAgo) => new Date(Date.now() - minutesAgo * 60_000));
const anyDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
const soonDate = fc.integer({ min: 1, max: 90 }).map((days) => new Date(Date.now() + days * 86_400_000));

const LEAVES: Record<string, Leaf> = {
  country: { plausible: fc.constantFrom('BE', 'DZ', 'FR', 'NG'), odd: fc.oneof(fc.constantFrom('be', 'XX', 'ZZ', 'BEL', ''), anyText) },
  language: { plausible: fc.constantFrom('fr', 'en'), odd: fc.oneof(fc.constantFrom('FR', 'ar', 'xx', 'fra', ''), anyText) },
  url: {
    plausible: fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.constantFrom('https://www.amnesty.be/cas', 'https://www.amnestyalgerie.org')),
    odd: fc.oneof(fc.constantFrom('javascript:alert(1)', 'ftp://example.org/x', 'http://', ''), anyText),
  },
  period: { plausible: pastMonth, odd: fc.oneof(fc.constantFrom('2099-01', '2020-13', '2020-1', '2020-00', '0000-01', '2020-11-20', ''), anyText) },
  textVersion: { plausible: fc.constantFrom('2020-11', '2026-01'), odd: anyText },
  idempotencyKey: { plausible: fc.uuid(), odd: anyText },
  postalCode: { plausible: fc.constantFrom('1000', '1050', '16000'), odd: fc.oneof(fc.constantFrom('B-1000', '99999999'), anyText) },
  phone: { plausible: fc.constantFrom('+32 2 555 00 00', '0470 12 34 56'), odd: anyText },
  text: { plausible: words, odd: anyText },
  Int: {
    plausible: fc.integer({ min: 0, max: 20 }),
    odd: fc.oneof(fc.integer({ min: INT_MIN, max: INT_MAX }), fc.constantFrom(-1, 10_000, 1_000_000, 1_000_001, INT_MAX, INT_MIN)),
  },
  Float: { plausible: fc.double({ min: 0, max: 100, noNaN: true }), odd: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  Boolean: { plausible: fc.boolean(), odd: fc.boolean() },
  DateTime: {
    plausible: recentDate.map((date) => date.toISOString()),
    odd: fc.oneof(
      anyDate.map((date) => date.toISOString()),
      fc.constantFrom('2020-02-30T10:00:00Z', '2020-11-20', '2020-11-20T10:00:00', '+275760-09-13T00:00:00.000Z', 'yesterday', '', '0'),
      anyText,
    ),
  },
  Date: {
    plausible: fc.oneof(recentDate, soonDate).map((date) => date.toISOString().slice(0, 10)),
    odd: fc.oneof(anyDate.map((date) => date.toISOString().slice(0, 10)), fc.constantFrom('2017-02-30', '26/10/2017', '2017-10-26T00:00:00Z', '99999-01-01', ''), anyText),
  },
};

const ID_KINDS: [RegExp, IdKind][] = [
  [/adoption/i, 'adoption'],
  [/supporter/i, 'supporter'],
  [/delivery/i, 'delivery'],
  [/embassy/i, 'embassy'],
  [/target/i, 'target'],
  [/campaign/i, 'campaign'],
  [/case/i, 'case'],
];
const notAnId = fc.oneof(fc.constantFrom('', 'not-a-uuid', '123', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1"), anyText);

/**
 * Schema-valid values for the leaves of input types, shaped by the field's name: seeded ids and codes,
 * countries, languages, emails, dates… `plausible` ones only, or those and odd ones mixed.
 */
export function leafValues(known: KnownValues) {
  const allIds = Object.values(known.ids).flat();
  const knownOr = (values: string[], other: fc.Arbitrary<string>) => (values.length > 0 ? fc.oneof(fc.constantFrom(...values), other) : other);

  function leaf(scalarName: string, name: string, typeName: string): Leaf {
    if (scalarName === 'ID') {
      const kind = ID_KINDS.find(([pattern]) => pattern.test(name))?.[1];
      const ids = kind && known.ids[kind].length > 0 ? known.ids[kind] : allIds;
      const plausible = ids.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
      return { plausible, odd: fc.oneof(fc.uuid(), notAnId) };
    }
    if (scalarName !== 'String') return LEAVES[scalarName] ?? LEAVES.text;
    if (/email/i.test(name)) return email;
    if (/^(name|givenName|familyName|personName)$/.test(name) && typeName !== 'EmbassyCityNameInput') return personName;
    if (name === 'street') return street;
    if (/country$/i.test(name)) return LEAVES.country;
    if (/^languages?$|Language$/.test(name)) return LEAVES.language;
    if (/url$|origins$/i.test(name)) return LEAVES.url;
    if (name === 'section') return { plausible: fc.constantFrom('BE-FR'), odd: knownOr(known.sectionCodes, anyText) };
    if (/^(code|campaignCodes)$/.test(name)) {
      return { plausible: knownOr(known.campaignCodes, fc.stringMatching(/^FUZZ-[0-9]{4}$/)), odd: fc.oneof(fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,15}$/), anyText) };
    }
    if (name === 'slug') return { plausible: knownOr(known.slugs, fc.stringMatching(/^[a-z]{3,10}-[a-z]{3,10}$/)), odd: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,30}$/), anyText) };
    if (/textVersion$/i.test(name)) return LEAVES.textVersion;
    if (/phone$/i.test(name)) return LEAVES.phone;
    return LEAVES[name] ?? LEAVES.text;
  }

  return {
    scalar(scalarName: string, name: string, typeName: string, plausibleOnly: boolean): fc.Arbitrary<unknown> {
      const { plausible, odd } = leaf(scalarName, name, typeName);
      return plausibleOnly ? plausible : fc.oneof(plausible, odd);
    },
  };
}

export type LeafValues = ReturnType<typeof leafValues>;

/** Values that the scalar refuses (graphql-js for the built-in ones; the subgraph for DateTime and Date). */
export function invalidScalar(scalarName: string): fc.Arbitrary<unknown> {
  switch (scalarName) {
    case 'Int':
      return fc.constantFrom(INT_MAX + 1, INT_MIN - 1, 1.5, 1e21, '12', true, [1, 2]);
    case 'Float':
      return fc.constantFrom('1.5', true, {});
    case 'Boolean':
      return fc.constantFrom('true', 1, 0, 'yes', {});
    case 'ID':
      return fc.constantFrom(true, 1.5, {}, { id: 'x' }, [[1]]);
    case 'String':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constantFrom({}, { text: 'x' }, 1.5, [['nested']]));
    default:
      return fc.constantFrom(12345, -1, {}, true, [], 'not-a-date', '2020-13-45', '2020-11-20T25:61:00Z');
  }
}
