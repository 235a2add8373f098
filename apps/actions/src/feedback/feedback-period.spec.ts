import { isFuturePeriod, occurredAtOfPeriod, periodOf } from './feedback-period';

describe('questionnaire periods', () => {
  const now = new Date('2020-11-20T09:00:00Z');

  it('names the month of an instant in UTC', () => {
    expect(periodOf(now)).toBe('2020-11');
    expect(periodOf(new Date('2020-12-31T23:59:59.999Z'))).toBe('2020-12');
  });

  it('knows a future month from the current and past ones', () => {
    expect(isFuturePeriod('2020-12', now)).toBe(true);
    expect(isFuturePeriod('2020-11', now)).toBe(false);
    expect(isFuturePeriod('2019-12', now)).toBe(false);
  });

  it('dates a past month at its last instant and the current month at now', () => {
    expect(occurredAtOfPeriod('2020-10', now).toISOString()).toBe('2020-10-31T23:59:59.999Z');
    expect(occurredAtOfPeriod('2020-02', now).toISOString()).toBe('2020-02-29T23:59:59.999Z');
    expect(occurredAtOfPeriod('2020-11', now)).toEqual(now);
  });
});
