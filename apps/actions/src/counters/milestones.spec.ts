import { crossedThresholds } from './milestones';

describe('milestone thresholds', () => {
  const thresholds = [1_000, 10_000, 100_000, 1_000_000];

  it('names the thresholds a move crosses upwards, landing exactly on one included', () => {
    expect(crossedThresholds({ before: 999, after: 1_000 }, thresholds)).toEqual([1_000]);
    expect(crossedThresholds({ before: 1_000, after: 1_001 }, thresholds)).toEqual([]);
    // An import of 800,000 letters crosses three at once.
    expect(crossedThresholds({ before: 0, after: 800_000 }, thresholds)).toEqual([1_000, 10_000, 100_000]);
  });

  it('announces nothing when a total goes down', () => {
    expect(crossedThresholds({ before: 10_001, after: 9_999 }, thresholds)).toEqual([]);
  });
});
