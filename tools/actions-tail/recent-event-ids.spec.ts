import { RecentEventIds } from './recent-event-ids';

describe('recent event ids', () => {
  it('answers true once per id, and forgets the oldest beyond its capacity', () => {
    const seen = new RecentEventIds(2);
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('a')).toBe(false);
    expect(seen.firstTime('b')).toBe(true);
    expect(seen.firstTime('c')).toBe(true); // 'a' forgotten
    expect(seen.firstTime('b')).toBe(false);
    expect(seen.firstTime('c')).toBe(false);
    expect(seen.firstTime('a')).toBe(true);
  });
});
