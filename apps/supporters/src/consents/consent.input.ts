import { languageCode } from '@plume/errors';
import { z } from 'zod';

export const consentPurpose = z.enum(['EMAIL_CONTACT', 'POSTAL_MAIL', 'SHARING_WITH_SECTION']);

/** The version label of the consent text a form showed, e.g. "2024-01" or "v3.2". */
export const consentTextVersion = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a version label such as "2024-01"');

/** One decision per purpose. */
export const consentDecisions = z
  .array(z.object({ purpose: consentPurpose, granted: z.boolean() }))
  .min(1, 'needs at least one consent')
  .refine((decisions) => new Set(decisions.map((d) => d.purpose)).size === decisions.length, 'has the same purpose twice');
export type ConsentDecision = z.output<typeof consentDecisions>[number];

export const recordConsentsInput = z.object({
  consentTextVersion,
  consentTextLanguage: languageCode,
  consents: consentDecisions,
});
export type RecordConsentsInput = z.output<typeof recordConsentsInput>;
