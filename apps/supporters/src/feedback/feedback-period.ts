import { z } from 'zod';

/** The month a questionnaire is about, `YYYY-MM`, in UTC. */
export function periodOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** A month up to the current one: questionnaires ask what was done, never about a month to come. */
export const feedbackPeriod = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')
  .refine((period) => period <= periodOf(new Date()), 'must not be after the current month');
