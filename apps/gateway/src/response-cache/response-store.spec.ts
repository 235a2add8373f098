import { createResponseStore } from './response-store';

const CASE_A = 'case-a';
const CASE_B = 'case-b';

describe('response store', () => {
  let now = 0;
  const store = (maxEntries = 10) => createResponseStore({ ttlMs: 5_000, maxEntries, now: () => now });
  beforeEach(() => {
    now = 1_000_000;
  });

  it('serves an answer until its TTL, then forgets it', () => {
    const answers = store();
    expect(answers.set('k', { case: { id: CASE_A } }, new Set([CASE_A]), answers.mark())).toBe(true);
    now += 4_999;
    expect(answers.get('k')).toEqual({ data: { case: { id: CASE_A } }, expiresAt: 1_005_000, tags: new Set([CASE_A]) });
    now += 1;
    expect(answers.get('k')).toBeUndefined();
    expect(answers.size).toBe(0);
  });

  it('keeps at most maxEntries answers, the oldest going first', () => {
    const answers = store(2);
    for (const key of ['1', '2', '3']) answers.set(key, {}, new Set([CASE_A]), answers.mark());
    expect([answers.get('1'), answers.get('2') !== undefined, answers.get('3') !== undefined]).toEqual([undefined, true, true]);
  });

  it('drops the answers tagged with an invalidated id, and the untagged ones, and keeps the others', () => {
    const answers = store();
    answers.set('a', {}, new Set([CASE_A]), answers.mark());
    answers.set('b', {}, new Set([CASE_B]), answers.mark());
    answers.set('untagged', {}, new Set(), answers.mark());
    answers.invalidate([CASE_A]);
    expect(answers.get('a')).toBeUndefined();
    expect(answers.get('untagged')).toBeUndefined();
    expect(answers.get('b')).toBeDefined();
    answers.clear();
    expect(answers.size).toBe(0);
  });

  it('refuses an answer computed while an event about one of its entities arrived (it may be stale)', () => {
    const answers = store();
    const mark = answers.mark();
    answers.invalidate([CASE_A]);
    expect(answers.set('a', {}, new Set([CASE_A]), mark)).toBe(false);
    expect(answers.set('b', {}, new Set([CASE_B]), mark)).toBe(true);
    expect(answers.set('untagged', {}, new Set(), mark)).toBe(false);
    const afterClear = answers.mark();
    answers.clear();
    expect(answers.set('b', {}, new Set([CASE_B]), afterClear)).toBe(false);
    expect(answers.set('b', {}, new Set([CASE_B]), answers.mark())).toBe(true);
  });
});
