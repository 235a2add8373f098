export interface StoredAnswer {
  data: Record<string, unknown>;
  /** Epoch milliseconds after which the answer is no longer served. */
  expiresAt: number;
}

export interface ResponseStore {
  get(key: string): StoredAnswer | undefined;
  /**
   * Taken before an operation runs, given back to `set`: an answer computed while an event about one of
   * its entities arrived may already be stale, and is not stored.
   */
  mark(): number;
  /** Stores an answer tagged with the entity ids it depends on; false when `mark` says it may be stale. */
  set(key: string, data: Record<string, unknown>, tags: ReadonlySet<string>, mark: number): boolean;
  /** Drops the answers tagged with any of `ids`, and the untagged ones (they could be about anything). */
  invalidate(ids: readonly string[]): void;
  clear(): void;
  readonly size: number;
}

interface StoreOptions {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

interface Entry extends StoredAnswer {
  tags: ReadonlySet<string>;
}

/** How many recently invalidated ids are remembered for `set`; beyond that, in-flight answers are refused. */
const TRACKED_INVALIDATIONS = 10_000;

/**
 * The response cache's memory: answers by key with a time to live, at most `maxEntries` (oldest out
 * first — every entry lives the same TTL, so insertion order is expiry order), indexed by tag for
 * invalidation. One per gateway process.
 */
export function createResponseStore(options: StoreOptions): ResponseStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const byTag = new Map<string, Set<string>>();
  const untagged = new Set<string>();
  // Invalidation clock: every invalidation advances it; `set` compares it with the answer's mark.
  let clock = 0;
  let clearedAt = 0;
  const invalidatedAt = new Map<string, number>();

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    untagged.delete(key);
    for (const tag of entry.tags) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) byTag.delete(tag);
    }
  }

  function evictOldAndExpired(): void {
    for (const [key, entry] of entries) {
      if (entries.size < options.maxEntries && entry.expiresAt > now()) return;
      remove(key);
    }
  }

  function mayBeStale(tags: ReadonlySet<string>, mark: number): boolean {
    if (clearedAt > mark) return true;
    if (tags.size === 0) return clock > mark;
    for (const tag of tags) if ((invalidatedAt.get(tag) ?? 0) > mark) return true;
    return false;
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        remove(key);
        return undefined;
      }
      return entry;
    },
    mark: () => clock,
    set(key, data, tags, mark) {
      if (mayBeStale(tags, mark)) return false;
      remove(key);
      evictOldAndExpired();
      entries.set(key, { data, expiresAt: now() + options.ttlMs, tags });
      if (tags.size === 0) untagged.add(key);
      for (const tag of tags) {
        const keys = byTag.get(tag) ?? new Set<string>();
        keys.add(key);
        byTag.set(tag, keys);
      }
      return true;
    },
    invalidate(ids) {
      clock += 1;
      if (invalidatedAt.size + ids.length > TRACKED_INVALIDATIONS) {
        invalidatedAt.clear();
        clearedAt = clock;
      }
      for (const id of ids) {
        invalidatedAt.set(id, clock);
        for (const key of byTag.get(id) ?? []) remove(key);
      }
      for (const key of untagged) remove(key);
    },
    clear() {
      clock += 1;
      clearedAt = clock;
      invalidatedAt.clear();
      entries.clear();
      byTag.clear();
      untagged.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
