import { z } from 'zod';
import { ACTION_SOURCES, ACTION_TYPES } from '@plume/events';
import { idempotencyKey } from '../idempotency-key';
import { ACTION_LIMITS, EARLIEST_ACTION, WEBSITE_ACTION_TYPES } from './action-limits';

const STAFF_SOURCES = ['EVENT', 'IMPORT', 'STAFF'] as const;
// Clocks of callers drift a little; "in the future" means beyond that.
const CLOCK_SKEW_MS = 5 * 60_000;

const recordActionFields = z.object({
  caseId: z.uuid('must be a case id'),
  type: z.enum(ACTION_TYPES),
  quantity: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(ACTION_LIMITS.staffQuantity, `must be at most ${ACTION_LIMITS.staffQuantity.toLocaleString('en')} in one record`)
    .nullish()
    .transform((quantity) => quantity ?? 1),
  source: z.enum(ACTION_SOURCES).nullish(),
  campaignId: z.uuid('must be a campaign id').nullish(),
  supporterId: z.uuid('must be a supporter id').nullish(),
  occurredAt: z
    .date()
    .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future')
    .refine((date) => date >= EARLIEST_ACTION, 'must not be before 1961')
    .nullish(),
  pendingConfirmation: z.boolean().nullish(),
  idempotencyKey: idempotencyKey.nullish(),
});

/** A section website: one online email, tweet or letter of one person, now, with an idempotency key. */
export const websiteActionInput = recordActionFields
  .superRefine((input, context) => {
    const refuse = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message });
    if (!WEBSITE_ACTION_TYPES.includes(input.type)) refuse('type', 'a section website records EMAIL, TWEET or LETTER (signatures go through signPetition)');
    if (input.quantity !== ACTION_LIMITS.websiteQuantity) refuse('quantity', 'must be 1: a website records one person\'s action');
    if (input.source && input.source !== 'WEBSITE') refuse('source', 'a section website records WEBSITE actions only');
    if (input.supporterId) refuse('supporterId', 'only staff link an action to a supporter');
    if (input.pendingConfirmation) refuse('pendingConfirmation', 'only staff record actions to confirm later');
    if (!input.idempotencyKey) refuse('idempotencyKey', 'is required from a section website, so that a retried request counts once');
    if (input.occurredAt && input.occurredAt.getTime() < Date.now() - ACTION_LIMITS.websiteBackdatingHours * 3_600_000) {
      refuse('occurredAt', `must be within the last ${ACTION_LIMITS.websiteBackdatingHours} hours`);
    }
  })
  .transform((input) => ({ ...input, source: 'WEBSITE' as const, pendingConfirmation: false }));

/** Staff: events, paper signatures, imports — anything but an online signature. */
export const staffActionInput = recordActionFields
  .superRefine((input, context) => {
    if (input.type === 'ONLINE_SIGNATURE') context.addIssue({ code: 'custom', path: ['type'], message: 'online signatures are recorded by signPetition only' });
    if (input.source && !(STAFF_SOURCES as readonly string[]).includes(input.source)) {
      context.addIssue({ code: 'custom', path: ['source'], message: 'staff record EVENT, IMPORT or STAFF actions' });
    }
  })
  .transform((input) => ({ ...input, source: input.source ?? 'STAFF', pendingConfirmation: input.pendingConfirmation ?? false }));

export type RecordActionInput = z.output<typeof staffActionInput> | z.output<typeof websiteActionInput>;

export const reviewActionArguments = z.object({ id: z.uuid('must be an action id'), decision: z.enum(['CONFIRM', 'REJECT']) });
