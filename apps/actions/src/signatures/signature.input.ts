import { z } from 'zod';
import { isoCountryCode, languageCode, text } from '@plume/errors';
import { idempotencyKey } from '../idempotency-key';

export const signPetitionArguments = z.object({
  caseId: z.uuid('must be a case id'),
  signer: z.object({
    name: text(200),
    email: z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an email address')),
    country: isoCountryCode,
  }),
  consent: z.object({
    accepted: z.literal(true, "must be true: without the signer's agreement there is no signature"),
    textVersion: text(40),
    language: languageCode,
  }),
  idempotencyKey,
  campaignId: z.uuid('must be a campaign id').nullish(),
  humanCheckToken: z.string().max(4_096, 'must be at most 4,096 characters').nullish(),
});
export type SignPetitionArguments = z.output<typeof signPetitionArguments>;

/** The "that was not me" token: 256 bits, base64url. */
export const retractionToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a retraction token');

/** The double opt-in token of the emailed link: 256 bits, base64url. */
export const confirmationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a confirmation token');

export const petitionListArguments = z.object({
  caseId: z.uuid('must be a case id'),
  // A Date from the DateTime scalar, or the string a federation reference carries.
  cutoffAt: z.coerce.date('must be an instant, e.g. 2020-12-10T10:00:00Z').nullish(),
});
