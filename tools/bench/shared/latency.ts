export interface Latency {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/** Nearest-rank percentile of sorted samples (with 15 runs, p95 is the slowest run). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Fewest timed runs, whatever the time budget. */
const MIN_RUNS = 3;

/**
 * Times `run` sequentially, after `warmups` untimed calls (caches, JIT, query plans: the target is a
 * warm report), `runs` times — or fewer (at least 3) once `budgetMs` is spent: fifteen runs of a
 * 50-second GROUP BY say nothing three do not. Returns the last result too, so callers can check the
 * numbers it answered.
 */
export async function timeRuns<T>(run: () => Promise<T>, runs: number, options: { warmups?: number; budgetMs?: number } = {}): Promise<{ latency: Latency; result: T }> {
  let result: T | undefined;
  for (let i = 0; i < (options.warmups ?? 2); i++) result = await run();
  const samples: number[] = [];
  const deadline = performance.now() + (options.budgetMs ?? Infinity);
  while (samples.length < runs && (samples.length < MIN_RUNS || performance.now() < deadline)) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  runs = samples.length;
  samples.sort((a, b) => a - b);
  return {
    latency: { runs, medianMs: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), minMs: round(samples[0]), maxMs: round(samples[samples.length - 1]) },
    result: result as T,
  };
}

/** Prints progress on one line of a terminal, plain lines elsewhere (logs). */
export function progressLine(text: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r${text}\x1b[K`);
  else console.log(text);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
