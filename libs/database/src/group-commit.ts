/** What one item of a batch came to: its result, or the error that item alone deserves. */
export type ItemOutcome<Result> = { result: Result } | { error: unknown };

export interface GroupCommitOptions<Item, Result> {
  /**
   * Writes a batch in one transaction and answers each item, in order. An item refused on its own (bad
   * input, a conflict) gets its error here while the others commit; a throw fails the whole batch.
   */
  commit(items: Item[]): Promise<ItemOutcome<Result>[]>;
  /** Items per transaction at most. */
  maxBatch: number;
}

/**
 * Group commit: requests that arrive while a transaction is in flight wait and go together in the next
 * one, so under load a transaction (its round trips, its commit, its locks on hot counter rows) is
 * shared by many requests, and alone a request goes at once — nothing waits on a timer.
 *
 * One batch at a time per process: concurrent batches would only queue on the same hot rows. When a
 * whole batch fails (a deadlock, a constraint nobody foresaw), each of its items is tried again alone,
 * so one bad item fails itself and nobody else, with its own error.
 */
export class GroupCommit<Item, Result> {
  private readonly queue: { item: Item; resolve(result: Result): void; reject(error: unknown): void }[] = [];
  private flushing = false;

  constructor(private readonly options: GroupCommitOptions<Item, Result>) {
    if (options.maxBatch < 1) throw new Error('GroupCommit: maxBatch must be at least 1');
  }

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.options.maxBatch);
        const outcomes = await this.commitOrSplit(batch.map((waiting) => waiting.item));
        batch.forEach((waiting, index) => {
          const outcome = outcomes[index];
          if ('result' in outcome) waiting.resolve(outcome.result);
          else waiting.reject(outcome.error);
        });
      }
    } finally {
      this.flushing = false;
    }
  }

  private async commitOrSplit(items: Item[]): Promise<ItemOutcome<Result>[]> {
    try {
      const outcomes = await this.options.commit(items);
      if (outcomes.length !== items.length) throw new Error(`GroupCommit: ${outcomes.length} outcomes for ${items.length} items`);
      return outcomes;
    } catch (error) {
      if (items.length === 1) return [{ error }];
      const alone: ItemOutcome<Result>[] = [];
      for (const item of items) alone.push(...(await this.commitOrSplit([item])));
      return alone;
    }
  }
}
