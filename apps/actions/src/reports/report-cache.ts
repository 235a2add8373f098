/** The parts of a report an answer can hold; a request names the ones its GraphQL selection asks for. */
export const REPORT_PARTS = ['rows', 'rowPeople', 'totals', 'totalPeople'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export interface ReportCacheOptions {
  /** Answers older than this are computed again; 0 caches nothing (every request computes). */
  maxAgeMs: number;
  /** The most answers kept; the least recently used go first. */
  maxEntries: number;
  /** The most report rows kept over all answers, so that the cache stays a few MB whatever is asked. */
  maxRows: number;
  now?: () => number;
}

interface Entry<Answer> {
  parts: ReadonlySet<ReportPart>;
  startedAt: number;
  answer: Promise<Answer>;
  /** Rows held once the answer is in (0 while it is computed). */
  rows: number;
}

/**
 * Recent report answers, in process. Exact distinct people over millions of rows take seconds in
 * PostgreSQL, and analysts ask the same reports again and again: an answer is served again while it
 * is younger than `maxAgeMs` (its `asOf` says how old its numbers are). Concurrent identical misses
 * share one computation; an answer holding more parts than asked serves the request too, and a request
 * for parts the answer lacks computes them all again (one snapshot, one `asOf`). Failures are not kept.
 *
 * The key must hold everything the answer depends on, the caller's scope included: one scope's answer
 * is never served to another.
 */
export class ReportCache<Answer> {
  private readonly entries = new Map<string, Entry<Answer>>();
  private rowsHeld = 0;
  private readonly now: () => number;

  constructor(private readonly options: ReportCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  answer(key: string, parts: ReadonlySet<ReportPart>, compute: (parts: ReadonlySet<ReportPart>) => Promise<Answer>, rowsOf: (answer: Answer) => number): Promise<Answer> {
    if (this.options.maxAgeMs <= 0) return compute(parts);
    const now = this.now();
    const cached = this.entries.get(key);
    const fresh = cached !== undefined && now - cached.startedAt < this.options.maxAgeMs;
    if (fresh && [...parts].every((part) => cached.parts.has(part))) {
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, cached);
      return cached.answer;
    }
    const wanted = new Set<ReportPart>(fresh ? [...cached.parts, ...parts] : parts);
    const entry: Entry<Answer> = { parts: wanted, startedAt: now, answer: compute(wanted), rows: 0 };
    this.remove(key);
    this.entries.set(key, entry);
    entry.answer.then(
      (answer) => {
        if (this.entries.get(key) !== entry) return;
        entry.rows = rowsOf(answer);
        this.rowsHeld += entry.rows;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    this.evict();
    return entry.answer;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.rowsHeld -= entry.rows;
    this.entries.delete(key);
  }

  /** Least recently used first, until both bounds hold (an answer bigger than `maxRows` is not kept). */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.rowsHeld <= this.options.maxRows) return;
      this.remove(key);
    }
  }
}
