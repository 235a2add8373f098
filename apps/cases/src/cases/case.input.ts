import { calendarDate, httpUrl, isoCountryCode, languageCode, localizedTexts, text } from '@plume/errors';
import { z } from 'zod';
import { campaignCode } from '../campaigns/campaign.input';

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const caseSlug = z.string().trim().toLowerCase().regex(slugPattern, 'must be lower-case words joined by dashes, e.g. "khaled-drareni"').max(100);
const theme = z.string().trim().toLowerCase().regex(slugPattern, 'must be lower-case words joined by dashes, e.g. "freedom-of-expression"').max(60);
const themes = z.array(theme).max(20, 'at most 20 themes').transform((list) => [...new Set(list)]);
const caseStatus = z.enum(['ACTIVE', 'RELEASED', 'CLOSED']);
const optionalUrl = httpUrl.nullish();

export const createCaseInput = z
  .object({
    slug: caseSlug,
    personName: text(200),
    country: isoCountryCode,
    themes,
    defaultLanguage: languageCode,
    summary: localizedTexts(1_000),
    story: localizedTexts(20_000),
    petitionText: localizedTexts(5_000),
    posterUrl: optionalUrl,
    imageUrl: optionalUrl,
    moreInfoUrl: optionalUrl,
    campaignCodes: z.array(campaignCode).max(20),
    published: z.boolean().nullish().transform((value) => value ?? false),
  })
  .refine((input) => input.summary.some((entry) => entry.language === input.defaultLanguage), {
    message: 'must include the default language',
    path: ['summary'],
  });
export type CreateCaseInput = z.output<typeof createCaseInput>;

export const updateCaseInput = z.object({
  personName: text(200).nullish(),
  country: isoCountryCode.nullish(),
  themes: themes.nullish(),
  defaultLanguage: languageCode.nullish(),
  summary: localizedTexts(1_000).nullish(),
  story: localizedTexts(20_000).nullish(),
  petitionText: localizedTexts(5_000).nullish(),
  posterUrl: optionalUrl,
  imageUrl: optionalUrl,
  moreInfoUrl: optionalUrl,
  campaignCodes: z.array(campaignCode).max(20).nullish(),
  published: z.boolean().nullish(),
});
export type UpdateCaseInput = z.output<typeof updateCaseInput>;

export const changeCaseStatusInput = z.object({
  caseId: z.uuid('must be a case id'),
  status: caseStatus,
  effectiveOn: calendarDate.refine((date) => date <= new Date().toISOString().slice(0, 10), 'must not be in the future'),
});
export type ChangeCaseStatusInput = z.output<typeof changeCaseStatusInput>;

export const caseFilter = z
  .object({
    campaignCode: campaignCode.nullish(),
    country: isoCountryCode.nullish(),
    status: caseStatus.nullish(),
    theme: theme.nullish(),
  })
  .nullish();
