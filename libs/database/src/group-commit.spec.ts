import { GroupCommit, type ItemOutcome } from './group-commit';

/** A commit function whose transactions finish when the test says so, recording each batch. */
function controlledCommit(decide: (items: string[]) => ItemOutcome<string>[] | Error = (items) => items.map((item) => ({ result: item.toUpperCase() }))) {
  const batches: string[][] = [];
  const finishers: (() => void)[] = [];
  const commit = (items: string[]) =>
    new Promise<ItemOutcome<string>[]>((resolve, reject) => {
      batches.push(items);
      finishers.push(() => {
        const outcome = decide(items);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
    });
  const finishNext = async () => {
    for (let turn = 0; turn < 20 && finishers.length === 0; turn++) await Promise.resolve();
    const finish = finishers.shift();
    if (!finish) throw new Error('no transaction in flight');
    finish();
  };
  return { commit, batches, finishNext };
}

describe('GroupCommit', () => {
  it('sends a lone request at once and groups those that arrive while a transaction is in flight', async () => {
    const control = controlledCommit();
    const group = new GroupCommit({ commit: control.commit, maxBatch: 10 });
    const first = group.submit('a');
    const waiting = [group.submit('b'), group.submit('c'), group.submit('d')];
    expect(control.batches).toEqual([['a']]);
    await control.finishNext();
    await expect(first).resolves.toBe('A');
    await control.finishNext();
    await expect(Promise.all(waiting)).resolves.toEqual(['B', 'C', 'D']);
    expect(control.batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never puts more than maxBatch items in one transaction', async () => {
    const control = controlledCommit();
    const group = new GroupCommit({ commit: control.commit, maxBatch: 2 });
    const all = ['a', 'b', 'c', 'd', 'e'].map((item) => group.submit(item));
    for (let batch = 0; batch < 3; batch++) await control.finishNext();
    await expect(Promise.all(all)).resolves.toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(control.batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it("rejects only the item refused on its own, with that item's error", async () => {
    const refused = new Error('b is refused');
    const control = controlledCommit((items) => items.map((item) => (item === 'b' ? { error: refused } : { result: item })));
    const group = new GroupCommit({ commit: control.commit, maxBatch: 10 });
    const outcomes = ['a', 'b', 'c'].map((item) => group.submit(item));
    await control.finishNext();
    await control.finishNext();
    await expect(outcomes[0]).resolves.toBe('a');
    await expect(outcomes[1]).rejects.toBe(refused);
    await expect(outcomes[2]).resolves.toBe('c');
  });

  it('tries each item of a failed batch again alone, so one bad item fails nobody else', async () => {
    const control = controlledCommit((items) => (items.includes('bad') ? new Error(`batch of ${items.length} failed`) : items.map((item) => ({ result: item }))));
    const group = new GroupCommit({ commit: control.commit, maxBatch: 10 });
    const lone = group.submit('x');
    const grouped = ['a', 'bad', 'c'].map((item) => group.submit(item));
    for (let batch = 0; batch < 5; batch++) await control.finishNext();
    await expect(lone).resolves.toBe('x');
    await expect(grouped[0]).resolves.toBe('a');
    await expect(grouped[1]).rejects.toThrow('batch of 1 failed');
    await expect(grouped[2]).resolves.toBe('c');
    expect(control.batches).toEqual([['x'], ['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });
});
