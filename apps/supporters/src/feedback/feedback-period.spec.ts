import { feedbackPeriod, periodOf } from './feedback-period';

describe('feedback periods', () => {
  it('names the month of a date in UTC', () => {
    expect(periodOf(new Date('2024-01-31T23:30:00-02:00'))).toBe('2024-02');
  });

  it('accepts past and current months only, written YYYY-MM', () => {
    expect(feedbackPeriod.safeParse('2017-10').success).toBe(true);
    expect(feedbackPeriod.safeParse(periodOf(new Date())).success).toBe(true);
    expect(feedbackPeriod.safeParse('2017-13').success).toBe(false);
    expect(feedbackPeriod.safeParse('2999-01').success).toBe(false);
  });
});
