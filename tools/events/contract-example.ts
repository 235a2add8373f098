import { createHash } from 'node:crypto';
import { jsonSchemaOf, type EventContract } from '@plume/events';

interface PropertySchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: PropertySchema;
  anyOf?: PropertySchema[];
  minimum?: number;
  properties?: Record<string, PropertySchema>;
}

// Values a reader recognises from the seed documents, chosen by field name; anything else by its type.
const BY_NAME: Record<string, unknown> = {
  section: 'BE-FR',
  country: 'DZ',
  representedCountry: 'DZ',
  hostCountry: 'BE',
  city: 'Bruxelles',
  cityNames: { en: 'Brussels', fr: 'Bruxelles' },
  slug: 'khaled-drareni',
  code: 'W4R-2020',
  period: '2020-11',
  language: 'fr',
  defaultLanguage: 'fr',
  textLanguage: 'fr',
  textVersion: '2020-11',
  purpose: 'EMAIL_CONTACT',
  contactReference: 'Zk1d6q8m2Xw0C7YpT4rJ9sLbN3vHa5QeU1oG8iKcR2E',
  tokenHash: '9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4f6a8b0d2f4e6a8c0b',
  themes: ['freedom-of-expression', 'journalists'],
  campaignCodes: ['W4R-2020'],
  languages: ['fr', 'en'],
};

const EXAMPLE_UUID = '7c0e4b1a-5d2f-4e8a-9b3c-1f6d8e2a4c90';

/** A stable, valid v4-shaped UUID per field name, so that `caseId` and `actionId` differ in the examples. */
function exampleUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function exampleValue(name: string, property: PropertySchema): unknown {
  if (property.anyOf) return exampleValue(name, property.anyOf.find((option) => option.type !== 'null') ?? property.anyOf[0]);
  if (property.enum) return property.enum[0];
  if (name in BY_NAME) return BY_NAME[name];
  if (property.format === 'uuid') return exampleUuid(name);
  if (property.type === 'object') {
    return Object.fromEntries(Object.entries(property.properties ?? {}).map(([key, value]) => [key, exampleValue(key, value)]));
  }
  if (property.format === 'date') return '2020-11-20';
  if (property.format === 'date-time') return '2020-11-20T09:00:00.000Z';
  if (property.type === 'integer' || property.type === 'number') return Math.max(1, property.minimum ?? 1);
  if (property.type === 'boolean') return true;
  if (property.type === 'array') return property.items ? [exampleValue(name, property.items)] : [];
  return 'text';
}

/** A plausible `data` for the contract, built from its JSON Schema (checked against the contract by a test). */
export function exampleData(contract: EventContract): Record<string, unknown> {
  const schema = jsonSchemaOf(contract) as { properties?: Record<string, PropertySchema> };
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, exampleValue(name, property)]));
}

/** The whole Kafka record a consumer receives for that example: key, CloudEvents headers, value. */
export function exampleRecord(contract: EventContract): string {
  const data = exampleData(contract);
  const subjectId = String(data[`${contract.aggregate}Id`] ?? EXAMPLE_UUID);
  return [
    `key:     ${subjectId}`,
    `headers: ce_specversion=1.0, ce_id=3b9e…, ce_type=${contract.type},`,
    `         ce_source=/plume/${contract.topic.replace('plume.', '')}, ce_subject=${contract.aggregate}/${subjectId},`,
    `         ce_time=2020-11-20T09:00:00.000Z, content-type=application/json`,
    `value:   ${JSON.stringify(data, null, 2).split('\n').join('\n         ')}`,
  ].join('\n');
}
