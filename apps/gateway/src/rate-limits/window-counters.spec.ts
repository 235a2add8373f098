import { WindowCounters } from './window-counters';

describe('window counters', () => {
  let now = 0;
  const counters = (maxKeys = 100) => new WindowCounters({ points: 3, windowSeconds: 60, maxKeys, now: () => now });

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows the points of a window, refuses what passes them, and says when the window ends', () => {
    const limiter = counters();
    expect(limiter.consume('amina', 2)).toEqual({ allowed: true });
    now += 10_000;
    expect(limiter.consume('amina', 2)).toEqual({ allowed: false, msBeforeNext: 50_000 });
    // A refusal used nothing: the last point of the window is still there.
    expect(limiter.consume('amina', 1)).toEqual({ allowed: true });
    expect(limiter.consume('amina', 1)).toEqual({ allowed: false, msBeforeNext: 50_000 });
    expect(limiter.consume('khaled', 3)).toEqual({ allowed: true });
  });

  it('starts a new window once the last one ended', () => {
    const limiter = counters();
    expect(limiter.consume('amina', 3)).toEqual({ allowed: true });
    now += 60_000;
    expect(limiter.consume('amina', 3)).toEqual({ allowed: true });
  });

  it('holds at most maxKeys keys, forgetting the least recently seen first', () => {
    const limiter = counters(2);
    limiter.consume('a', 3);
    limiter.consume('b', 3);
    limiter.consume('a', 0); // seen again: b is now the least recent
    limiter.consume('c', 1);
    expect(limiter.size).toBe(2);
    expect(limiter.consume('a', 1)).toMatchObject({ allowed: false });
    expect(limiter.consume('b', 3)).toEqual({ allowed: true }); // forgotten, so a fresh window
  });
});
