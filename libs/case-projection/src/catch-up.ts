import type { DataSource } from 'typeorm';

export interface CatchUpOptions {
  /** The service's own consumer of plume.cases (same group: the service later resumes where it stops). */
  consumer: { start(): Promise<void>; stop(): Promise<void> };
  dataSource: DataSource;
  /** The cases a seed needs, by slug. */
  slugs: string[];
  timeoutMs: number;
  /** Anything else the seed needs the stream to have brought (e.g. the actions subgraph's campaigns). */
  alsoWaitFor?: () => Promise<boolean>;
}

/**
 * For seeds: runs the case projection until it knows every slug (and `alsoWaitFor` holds) or the time
 * is up — Kafka down, or the cases subgraph not seeded yet — and returns the slugs it knows. Slugs are
 * counted, not rows: a broker shared with another copy of Plume may announce the same slug twice.
 */
export async function catchUpCaseProjection(options: CatchUpOptions): Promise<Set<string>> {
  const known = async () =>
    new Set<string>(
      (await options.dataSource.query('SELECT DISTINCT slug FROM known_case WHERE slug = ANY($1::text[])', [options.slugs])).map(
        (row: { slug: string }) => row.slug,
      ),
    );
  const done = async (slugs: Set<string>) => slugs.size === new Set(options.slugs).size && (!options.alsoWaitFor || (await options.alsoWaitFor()));
  let learned = await known();
  if (await done(learned)) return learned;
  await options.consumer.start();
  try {
    const deadline = Date.now() + options.timeoutMs;
    while (!(await done(learned)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      learned = await known();
    }
    return learned;
  } finally {
    await options.consumer.stop();
  }
}
