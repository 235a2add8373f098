import { z } from 'zod';
import { ACTION_SOURCES, ACTION_TYPES } from '@plume/events';
import { calendarDate, isoCountryCode, isUuid } from '@plume/errors';
import { sectionCode } from '../section-code';

export const REPORT_DIMENSIONS = ['CAMPAIGN', 'CASE', 'SECTION', 'COUNTRY', 'ACTION_TYPE', 'SOURCE'] as const;
export const REPORT_PERIODS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

const uuid = z.string().refine(isUuid, 'must be an id (UUID)');
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(1_000, 'at most 1,000 values')
    .nullish()
    .transform((values) => (values && values.length > 0 ? [...new Set(values)] : null));

/** The filter of a report, validated: null lists do not narrow. */
export const reportFilterSchema = z
  .object({
    campaignIds: list(uuid),
    caseIds: list(uuid),
    sections: list(sectionCode),
    countries: list(isoCountryCode),
    types: list(z.enum(ACTION_TYPES)),
    sources: list(z.enum(ACTION_SOURCES)),
    from: calendarDate.nullish().transform((value) => value ?? null),
    to: calendarDate.nullish().transform((value) => value ?? null),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: '`from` must not be after `to`', path: ['to'] });

export type ReportFilter = z.output<typeof reportFilterSchema>;

export const reportShapeSchema = z.object({
  groupBy: z
    .array(z.enum(REPORT_DIMENSIONS))
    .nullish()
    .transform((dimensions) => dimensions ?? [])
    .refine((dimensions) => new Set(dimensions).size === dimensions.length, 'lists a dimension twice'),
  period: z.enum(REPORT_PERIODS).nullish().transform((period) => period ?? null),
});

export type ReportShape = z.output<typeof reportShapeSchema>;
