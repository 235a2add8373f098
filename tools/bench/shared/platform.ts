import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseEnvironment, kafkaEnvironment, loadEnvironment, z } from '@plume/config';
import { SERVICES, SUBGRAPHS } from '@plume/service-catalog';
import { databaseUrl } from './actions-database';
import { stringOption } from './cli';

const bySubgraph = <T extends z.ZodType>(value: T) => z.object({ cases: value, supporters: value, actions: value, deliveries: value });

const description = z.object({
  gatewayUrl: z.url(),
  subgraphUrls: bySubgraph(z.url()),
  databaseUrls: bySubgraph(z.string().regex(/^postgres(ql)?:\/\//)),
  kafka: z.object({ brokers: z.array(z.string()).min(1), topicPrefix: z.string() }),
});

/** Where a running copy of Plume answers: what the benchmarks call, read and subscribe to. */
export type BenchPlatform = z.output<typeof description>;

const settings = loadEnvironment(
  'bench',
  z.object({ DATABASE_URL: databaseEnvironment('plume_actions').DATABASE_URL, KAFKA_BROKERS: kafkaEnvironment.KAFKA_BROKERS, KAFKA_TOPIC_PREFIX: kafkaEnvironment.KAFKA_TOPIC_PREFIX }),
);

/** `npm start`'s platform: the service catalog's ports, databases `plume_<subgraph>` on DATABASE_URL's server, KAFKA_BROKERS. */
function npmStartPlatform(): BenchPlatform {
  const subgraphs = <T>(value: (name: string, port: number) => T) =>
    Object.fromEntries(SUBGRAPHS.map((service) => [service.name, value(service.name, service.port)])) as Record<keyof BenchPlatform['subgraphUrls'], T>;
  const [gateway] = SERVICES.filter((service) => !service.subgraph);
  return {
    gatewayUrl: `http://127.0.0.1:${gateway.port}/graphql`,
    subgraphUrls: subgraphs((_, port) => `http://127.0.0.1:${port}/graphql`),
    databaseUrls: subgraphs((name) => databaseUrl(settings.DATABASE_URL, `plume_${name}`)),
    kafka: { brokers: settings.KAFKA_BROKERS, topicPrefix: settings.KAFKA_TOPIC_PREFIX },
  };
}

/**
 * The platform a benchmark runs against: `--platform <file>` (the description written by
 * apps/e2e/src/serve-bench-platform.ts, or by the smoke test), else `npm start`'s.
 */
export function platformOption(): BenchPlatform {
  const file = stringOption('platform', '');
  if (!file) return npmStartPlatform();
  return description.parse(JSON.parse(readFileSync(resolve(file), 'utf8')));
}

/** The port a service of the platform listens on, from its URL. */
export const portOf = (url: string): number => Number(new URL(url).port);
