import type { StoredAnswer } from './response-store';

export interface MissCoalescer {
  /** The answer an identical request already running will store; undefined when none runs, or when it could not store one. */
  follow(key: string): Promise<StoredAnswer | undefined> | undefined;
  /** This request computes the answer for `key`: call the returned function with what it stored (or undefined), once. */
  lead(key: string): (stored: StoredAnswer | undefined) => void;
}

/**
 * One computation per key at a time. When an event drops a busy page (a signature on the case everybody
 * is reading), the requests that arrive while the first one runs its four subgraph calls wait for its
 * answer instead of running them too. If that answer cannot be stored (an error, or an event came in
 * the meantime), each waiting request computes its own.
 */
export function createMissCoalescer(options: { waitLimitMs: number }): MissCoalescer {
  const running = new Map<string, Promise<StoredAnswer | undefined>>();
  return {
    follow: (key) => running.get(key),
    lead(key) {
      let resolve: (stored: StoredAnswer | undefined) => void = () => undefined;
      const answer = new Promise<StoredAnswer | undefined>((done) => (resolve = done));
      running.set(key, answer);
      const settle = (stored: StoredAnswer | undefined) => {
        clearTimeout(limit);
        if (running.get(key) === answer) running.delete(key);
        resolve(stored);
      };
      // Should the leading request never report back, its followers compute their own answers.
      const limit = setTimeout(() => settle(undefined), options.waitLimitMs);
      limit.unref();
      return settle;
    },
  };
}
