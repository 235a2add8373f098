import { TEST_TOPIC_PREFIX } from '@plume/testing';
import { SUBGRAPHS } from '@plume/service-catalog';
import { startPlatform, type Platform } from './platform';

/**
 * The gateway's limits on public writes (per client address, per person), raised through their
 * settings: every signature of a benchmark comes from 127.0.0.1, and the benchmark measures signing,
 * not the limiter (which still runs and counts every write).
 */
export const RAISED_WRITE_LIMITS = { RATE_LIMIT_WRITES_PER_ADDRESS: '1000000000', RATE_LIMIT_WRITES_PER_CONTACT: '1000' };

/** What the benchmarks of tools/bench need to know of a platform (`--platform <file>`; see tools/bench/shared/platform.ts). */
export interface BenchPlatformDescription {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  kafka: { brokers: string[]; topicPrefix: string };
}

/** A throw-away platform (startPlatform) with the write limits raised, for the benchmarks. */
export function startBenchPlatform(name: string): Promise<Platform> {
  return startPlatform(name, { env: { gateway: RAISED_WRITE_LIMITS } });
}

export function describePlatform(platform: Platform): BenchPlatformDescription {
  const bySubgraph = (value: (name: string) => string) => Object.fromEntries(SUBGRAPHS.map((service) => [service.name, value(service.name)]));
  return {
    gatewayUrl: platform.gatewayUrl,
    subgraphUrls: bySubgraph((name) => `http://127.0.0.1:${platform.port(name)}/graphql`),
    databaseUrls: bySubgraph((name) => platform.databaseUrl(name)),
    // The services of a platform started in this process write in this process's topic namespace.
    kafka: { brokers: platform.brokers, topicPrefix: TEST_TOPIC_PREFIX },
  };
}
