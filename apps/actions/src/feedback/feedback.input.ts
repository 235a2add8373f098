import { z } from 'zod';
import { ACTION_LIMITS } from '../actions/action-limits';
import { isFuturePeriod, PERIOD_PATTERN } from './feedback-period';

const limits = ACTION_LIMITS.questionnaire;
const monthlyCount = (max: number) =>
  z.number().int('must be a whole number').min(0, 'must not be negative').max(max, `must be at most ${max.toLocaleString('en')} for one month`);

/** The token of a questionnaire link, as the supporters subgraph mints it (opaque, URL-safe). */
export const feedbackToken = z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'is not a questionnaire link');

export const submitFeedbackArguments = z.object({
  token: feedbackToken,
  period: z
    .string()
    .regex(PERIOD_PATTERN, 'must be a month written YYYY-MM')
    .refine((period) => !isFuturePeriod(period, new Date()), 'must not be in the future'),
  entries: z
    .array(
      z.object({
        caseId: z.uuid('must be a case id'),
        letters: monthlyCount(limits.letters),
        signaturesCollected: monthlyCount(limits.signaturesCollected),
        otherActions: monthlyCount(limits.otherActions),
      }),
    )
    .min(1, 'needs at least one case')
    .max(limits.entries, `at most ${limits.entries} cases`)
    .refine((entries) => new Set(entries.map((entry) => entry.caseId)).size === entries.length, 'names the same case twice'),
});
export type SubmitFeedbackArguments = z.output<typeof submitFeedbackArguments>;
