import { calendarDate, localizedTexts } from '@plume/errors';
import { z } from 'zod';

const goal = z.number().int().min(0, 'must not be negative').nullish();
const goals = z.object({ actions: goal, letters: goal, signatures: goal });
const campaignKind = z.enum(['GLOBAL_MARATHON', 'INDIVIDUAL_AT_RISK', 'URGENT_ACTION']);
const campaignStatus = z.enum(['DRAFT', 'ACTIVE', 'ENDED']);

export const campaignCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'must be letters, digits and dashes, e.g. "W4R-2020"')
  .max(40, 'must be at most 40 characters');

const endsAfterStart = (value: { startsOn?: string | null; endsOn?: string | null }) =>
  !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn;

export const createCampaignInput = z
  .object({
    code: campaignCode,
    kind: campaignKind,
    names: localizedTexts(200),
    startsOn: calendarDate,
    endsOn: calendarDate.nullish(),
    status: campaignStatus.nullish().transform((status) => status ?? 'DRAFT'),
    goals: goals.nullish().transform((g) => g ?? {}),
  })
  .refine(endsAfterStart, { message: 'must not be before startsOn', path: ['endsOn'] });
export type CreateCampaignInput = z.output<typeof createCampaignInput>;

export const updateCampaignInput = z
  .object({
    names: localizedTexts(200).nullish(),
    startsOn: calendarDate.nullish(),
    endsOn: calendarDate.nullish(),
    status: campaignStatus.nullish(),
    goals: goals.nullish(),
  })
  .refine(endsAfterStart, { message: 'must not be before startsOn', path: ['endsOn'] });
export type UpdateCampaignInput = z.output<typeof updateCampaignInput>;
