import { percentile } from './latency';

export interface Distribution {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** p50 / p99 / max of latencies in ms (nearest rank; zeros when there are none). */
export function distribution(latencies: number[]): Distribution {
  if (latencies.length === 0) return { samples: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 };
  const sorted = [...latencies].sort((a, b) => a - b);
  return { samples: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted[sorted.length - 1] };
}
