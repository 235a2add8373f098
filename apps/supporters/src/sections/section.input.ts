import { isoCountryCode, languageCode, text } from '@plume/errors';
import { z } from 'zod';

export const sectionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/, 'must be a section code such as "BE-FR" or "DZ"');

/** A website origin as browsers send it: scheme and host (and port), no path. */
const websiteOrigin = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) origin' })
  // The url check above does not stop the refinements: a value URL cannot parse must be refused here, not thrown on.
  .refine((value) => URL.canParse(value) && new URL(value).origin === value.replace(/\/$/, ''), 'must be an origin only, e.g. "https://www.amnesty.be"')
  .transform((value) => new URL(value).origin);

export const saveSectionInput = z.object({
  code: sectionCode,
  name: text(200),
  country: isoCountryCode,
  languages: z.array(languageCode).min(1, 'needs at least one language').max(10).transform((list) => [...new Set(list)]),
  websiteOrigins: z.array(websiteOrigin).max(20).transform((list) => [...new Set(list)]),
  contactEmail: z.email('must be an email address').max(254),
});
export type SaveSectionInput = z.output<typeof saveSectionInput>;
