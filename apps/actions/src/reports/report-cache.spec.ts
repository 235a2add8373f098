import { ReportCache, type ReportPart } from './report-cache';

interface Answer {
  run: number;
  parts: ReportPart[];
  rows: number;
}

/** A cache over a counting computation and a clock the test moves. */
function cacheUnderTest(options: { maxAgeMs?: number; maxEntries?: number; maxRows?: number; rows?: number } = {}) {
  let time = 1_000_000;
  let runs = 0;
  const cache = new ReportCache<Answer>({ maxAgeMs: options.maxAgeMs ?? 60_000, maxEntries: options.maxEntries ?? 10, maxRows: options.maxRows ?? 1_000, now: () => time });
  const compute = async (parts: ReadonlySet<ReportPart>): Promise<Answer> => ({ run: ++runs, parts: [...parts].sort(), rows: options.rows ?? 1 });
  return {
    cache,
    ask: (key: string, ...parts: ReportPart[]) => cache.answer(key, new Set(parts), compute, (answer) => answer.rows),
    advance: (ms: number) => (time += ms),
    runs: () => runs,
  };
}

describe('ReportCache', () => {
  it('serves an answer again while it is younger than the max age, then computes it again', async () => {
    const { ask, advance, runs } = cacheUnderTest({ maxAgeMs: 60_000 });
    expect((await ask('a', 'rows')).run).toBe(1);
    advance(59_999);
    expect((await ask('a', 'rows')).run).toBe(1);
    advance(1);
    expect((await ask('a', 'rows')).run).toBe(2);
    expect(runs()).toBe(2);
  });

  it('computes every request with a max age of 0', async () => {
    const { cache, ask } = cacheUnderTest({ maxAgeMs: 0 });
    expect((await ask('a', 'rows')).run).toBe(1);
    expect((await ask('a', 'rows')).run).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('never serves one key’s answer for another (scopes are part of the key)', async () => {
    const { ask } = cacheUnderTest();
    const analyst = await ask('["every-section",{}]', 'rows');
    const staff = await ask('["section:DZ",{}]', 'rows');
    expect(staff.run).not.toBe(analyst.run);
  });

  it('shares one computation between concurrent identical misses', async () => {
    const { ask, runs } = cacheUnderTest();
    const answers = await Promise.all([ask('a', 'rows', 'totals'), ask('a', 'rows'), ask('a', 'totals')]);
    expect(new Set(answers.map((answer) => answer.run))).toEqual(new Set([1]));
    expect(runs()).toBe(1);
  });

  it('serves fewer parts from a fuller answer, and computes all of them again for a part it lacks', async () => {
    const { ask } = cacheUnderTest();
    expect(await ask('a', 'rows', 'rowPeople')).toMatchObject({ run: 1 });
    expect(await ask('a', 'rows')).toMatchObject({ run: 1 });
    expect(await ask('a', 'totalPeople')).toEqual({ run: 2, parts: ['rowPeople', 'rows', 'totalPeople'], rows: 1 });
    expect(await ask('a', 'rowPeople')).toMatchObject({ run: 2 });
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new ReportCache<number>({ maxAgeMs: 60_000, maxEntries: 10, maxRows: 100 });
    let calls = 0;
    const compute = async () => {
      calls += 1;
      if (calls === 1) throw new Error('database restarting');
      return calls;
    };
    await expect(cache.answer('a', new Set(['rows']), compute, () => 1)).rejects.toThrow('database restarting');
    expect(await cache.answer('a', new Set(['rows']), compute, () => 1)).toBe(2);
    expect(await cache.answer('a', new Set(['rows']), compute, () => 1)).toBe(2);
  });

  it('forgets the least recently used answers beyond its entries', async () => {
    const { cache, ask } = cacheUnderTest({ maxEntries: 2 });
    await ask('a', 'rows');
    await ask('b', 'rows');
    await ask('a', 'rows'); // a is now the most recently used
    await ask('c', 'rows');
    expect(cache.size).toBe(2);
    expect((await ask('a', 'rows')).run).toBe(1);
    expect((await ask('b', 'rows')).run).toBe(4);
  });

  it('keeps at most maxRows rows over all answers, and does not keep an answer bigger than that', async () => {
    const { cache, ask } = cacheUnderTest({ maxRows: 250, rows: 100 });
    await ask('a', 'rows');
    await ask('b', 'rows');
    await ask('c', 'rows');
    await Promise.resolve(); // the row count is taken when the answer is in
    expect(cache.size).toBe(2);
    expect((await ask('a', 'rows')).run).toBe(4);

    const small = cacheUnderTest({ maxRows: 50, rows: 100 });
    await small.ask('a', 'rows');
    await Promise.resolve();
    expect(small.cache.size).toBe(0);
  });
});
