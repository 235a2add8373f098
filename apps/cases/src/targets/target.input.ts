import { isoCountryCode, text } from '@plume/errors';
import { z } from 'zod';

export const addTargetInput = z.object({
  caseId: z.uuid('must be a case id'),
  title: text(200),
  name: text(200).nullish(),
  organisation: text(300),
  country: isoCountryCode,
  address: z.object({
    street: text(300),
    postalCode: text(20).nullish(),
    locality: text(120),
    country: isoCountryCode,
  }),
  email: z.email('must be an email address').max(254).nullish(),
});
export type AddTargetInput = z.output<typeof addTargetInput>;
