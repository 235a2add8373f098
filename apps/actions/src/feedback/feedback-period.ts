/** Questionnaire periods are calendar months, `YYYY-MM`, in UTC like every time in Plume. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function periodOf(instant: Date): string {
  return instant.toISOString().slice(0, 7);
}

export function isFuturePeriod(period: string, now: Date): boolean {
  return period > periodOf(now);
}

/**
 * When the actions of a month's answer "occurred": the last instant of that month, or now for the
 * current month. A handover cut-off at the end of a month then includes that month's letters.
 */
export function occurredAtOfPeriod(period: string, now: Date): Date {
  const [year, month] = period.split('-').map(Number);
  const endOfMonth = new Date(Date.UTC(year, month, 1) - 1);
  return endOfMonth < now ? endOfMonth : now;
}
