import { isoCountryCode, languageCode, text } from '@plume/errors';
import { z } from 'zod';

const cityNames = z
  .array(z.object({ language: languageCode, name: text(100) }))
  .max(20, 'at most 20 translations')
  .refine((names) => new Set(names.map((n) => n.language)).size === names.length, 'has the same language twice');
const email = z.string().trim().pipe(z.email('must be an email address such as "info@embassy.example"').max(320));
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()./-]{5,29}$/, 'must be a phone number such as "+32 2 123 45 67"');

export const createEmbassyInput = z
  .object({
    representedCountry: isoCountryCode,
    hostCountry: isoCountryCode,
    city: text(100),
    cityNames: cityNames.nullish().transform((names) => names ?? []),
    street: text(300),
    postalCode: text(20).nullish(),
    contactEmail: email.nullish(),
    contactPhone: phone.nullish(),
    notes: text(5_000).nullish(),
  })
  .refine((input) => input.representedCountry !== input.hostCountry, {
    path: ['hostCountry'],
    message: 'an embassy is in another country than the one it represents',
  });
export type CreateEmbassyInput = z.output<typeof createEmbassyInput>;

/** Omitted or null leaves a required field as it is; null clears an optional one. */
export const updateEmbassyInput = z.object({
  city: text(100).nullish(),
  cityNames: cityNames.nullish(),
  street: text(300).nullish(),
  postalCode: text(20).nullish(),
  contactEmail: email.nullish(),
  contactPhone: phone.nullish(),
  notes: text(5_000).nullish(),
});
export type UpdateEmbassyInput = z.output<typeof updateEmbassyInput>;

export const embassyFilter = z.object({ representedCountry: isoCountryCode.nullish(), hostCountry: isoCountryCode.nullish() });
