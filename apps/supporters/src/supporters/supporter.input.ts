import { isoCountryCode, languageCode, text } from '@plume/errors';
import { normalizeEmail } from '@plume/privacy';
import { z } from 'zod';
import { consentDecisions, consentTextVersion } from '../consents/consent.input';
import { postalCodeProblem } from './postal-code';

const personName = text(100);
const emailAddress = z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an email address')).transform(normalizeEmail);
const phone = z.string().trim().regex(/^\+?[0-9][0-9 ()./-]{5,24}$/, 'must be a phone number, e.g. "+32 2 543 79 00"');
const commitment = z.enum(['A_LITTLE', 'A_LOT', 'PASSIONATELY']);
const supporterStatus = z.enum(['ACTIVE', 'PAUSED', 'ERASED']);

export const supporterAddress = z
  .object({
    street: text(200),
    postalCode: z.string().trim().toUpperCase().max(12, 'must be at most 12 characters').nullish().transform((code) => code || null),
    locality: text(100),
    country: isoCountryCode,
  })
  .superRefine((address, context) => {
    const problem = postalCodeProblem(address.country, address.postalCode);
    if (problem) context.addIssue({ code: 'custom', path: ['postalCode'], message: problem });
  });
export type SupporterAddressInput = z.output<typeof supporterAddress>;

/** The kit comes by post and the questionnaire by email: without both there is nothing to sign up for. */
const REQUIRED_CONSENTS = ['EMAIL_CONTACT', 'POSTAL_MAIL'] as const;

export const registerSupporterInput = z
  .object({
    language: languageCode,
    givenName: personName,
    familyName: personName,
    email: emailAddress,
    postalAddress: supporterAddress,
    phone: phone.nullish().transform((value) => value ?? null),
    commitment,
    consentTextVersion,
    consentTextLanguage: languageCode.nullish(),
    consents: consentDecisions,
  })
  .superRefine((input, context) => {
    if (input.consents.length === 0) return; // already reported: "needs at least one consent"
    const missing = REQUIRED_CONSENTS.filter((purpose) => !input.consents.some((c) => c.purpose === purpose && c.granted));
    if (missing.length > 0) context.addIssue({ code: 'custom', path: ['consents'], message: `must grant ${missing.join(' and ')}` });
  })
  .transform((input) => ({ ...input, consentTextLanguage: input.consentTextLanguage ?? input.language }));
export type RegisterSupporterInput = z.output<typeof registerSupporterInput>;

export const updateSupporterInput = z.object({
  language: languageCode.nullish(),
  givenName: personName.nullish(),
  familyName: personName.nullish(),
  email: emailAddress.nullish(),
  postalAddress: supporterAddress.nullish(),
  phone: phone.nullish(),
  commitment: commitment.nullish(),
});
export type UpdateSupporterInput = z.output<typeof updateSupporterInput>;

export const supporterFilter = z
  .object({
    name: text(100).nullish(),
    email: z.string().trim().toLowerCase().min(1, 'must not be empty').max(254).nullish(),
    caseId: z.uuid('must be a case id').nullish(),
    status: supporterStatus.nullish(),
  })
  .nullish()
  .transform((filter) => filter ?? {});
export type SupporterFilter = z.output<typeof supporterFilter>;
