import { LRUCache } from 'lru-cache';

export interface WindowCountersOptions {
  /** What a key may use per window. */
  points: number;
  windowSeconds: number;
  /** Keys held at most; the least recently seen go first. */
  maxKeys: number;
  now?: () => number;
}

export type Consumption = { allowed: true } | { allowed: false; msBeforeNext: number };

interface Window {
  used: number;
  endsAt: number;
}

/**
 * Fixed-window counters per key (a person's contact reference, a client address), in a bounded LRU.
 *
 * Not rate-limiter-flexible's RateLimiterMemory, which the gateway used before: it holds every key with
 * a timer of its own until its window ends — about 420 bytes a key, with no bound. At a marathon peak
 * of 500 new signers a second, a 10-minute window holds 300,000 keys: more than the gateway's whole heap
 * cap (the signing benchmark took the gateway past 200 MB with about 40,000). Here a key costs about 140 bytes
 * and at most `maxKeys` are held: under such a peak the limit forgets the least recently seen keys
 * sooner (it loosens, for people who wrote once, long ago) instead of taking the gateway down.
 */
export class WindowCounters {
  private readonly windows: LRUCache<string, Window>;
  private readonly now: () => number;

  constructor(private readonly options: WindowCountersOptions) {
    this.windows = new LRUCache<string, Window>({ max: options.maxKeys });
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.windows.size;
  }

  /** Uses `points` of the key's window, unless that would pass the limit (a refusal uses nothing). */
  consume(key: string, points: number): Consumption {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { used: 0, endsAt: now + this.options.windowSeconds * 1_000 };
      this.windows.set(key, window);
    }
    if (window.used + points > this.options.points) return { allowed: false, msBeforeNext: window.endsAt - now };
    window.used += points;
    return { allowed: true };
  }
}
