import type { Client } from 'pg';

export interface Sample {
  atMs: number;
  published: number;
  applied: number;
}

/**
 * Follows the roll-up consumer by its watermark: per partition, the last offset applied, committed in
 * the same transaction as the roll-ups. On a fresh topic, Σ(last_offset + 1) is the number of
 * messages applied.
 */
export class CatchUpMonitor {
  readonly samples: Sample[] = [];
  published = 0;

  constructor(
    private readonly client: Client,
    private readonly groupId: string,
    private readonly total: number,
    private readonly started: number,
  ) {}

  async applied(): Promise<number> {
    const { rows } = await this.client.query(`SELECT coalesce(sum(last_offset + 1), 0)::bigint AS applied FROM consumer_watermark WHERE consumer_group = $1`, [this.groupId]);
    return Number(rows[0].applied);
  }

  /** Samples every `everyMs` until every message is applied (its time) or the deadline (null). */
  async run(deadlineMs: number, everyMs: number, onSample: (sample: Sample) => void): Promise<number | null> {
    for (;;) {
      const applied = await this.applied();
      const sample = { atMs: performance.now() - this.started, published: this.published, applied };
      this.samples.push(sample);
      onSample(sample);
      if (applied >= this.total) return sample.atMs;
      if (sample.atMs > deadlineMs) return null;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }

  /** Messages applied per second while the consumer had a backlog (its own pace, not the producer's). */
  saturatedRate(): number | null {
    const busy = this.samples.filter((sample) => sample.applied > 0 && sample.applied < sample.published);
    if (busy.length < 2) return null;
    const first = busy[0];
    const last = this.samples.find((sample) => sample.applied >= this.total) ?? busy[busy.length - 1];
    return Math.round((last.applied - first.applied) / ((last.atMs - first.atMs) / 1000));
  }

  maxLag(): number {
    return Math.max(0, ...this.samples.map((sample) => sample.published - sample.applied));
  }
}
