/** Exponential backoff with a ceiling and jitter, so many relays do not hammer a returning broker together. */
export function backoffDelay(failures: number, initialMs: number, maxMs: number): number {
  const exponential = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + Math.random() * (exponential / 2));
}

/** A sleep that `wake()` can cut short (new work, or shutdown). */
export class Waiter {
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }

  wake(): void {
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
  }
}
