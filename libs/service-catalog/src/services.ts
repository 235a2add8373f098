/** The services `npm start` (and the end-to-end tests) run, in start order: subgraphs, then the gateway. */
export interface ServiceDefinition {
  name: string;
  port: number;
  main: string;
  /** One-shot script run before the service starts (migrations + demo data). */
  seed?: string;
  /** Subgraphs are reached by the gateway at `<NAME>_URL`. */
  subgraph: boolean;
  /**
   * The settings naming the service's Kafka consumer groups: the end-to-end tests give each running
   * copy its own groups, so that two copies never split a topic's partitions between them.
   */
  consumerGroupSettings?: string[];
}

/**
 * V8's old-space cap for every service, in MB. Left at its default (about 4 GB here) V8 runs its major
 * GC lazily: the gateway's heap held 250 MB, mostly garbage, after a signing run, its live set being
 * ~75 MB. Capped, a service collects sooner and stays under the 200 MB resident that issue 8 sets,
 * at no measurable cost in signing throughput (tools/bench/memory.ts, signing.ts). The young
 * generation keeps its default size: halving it cost about 15 % of signing throughput.
 */
export const SERVICE_HEAP_LIMIT_MB = 112;

/** The node options every launcher (npm start, the end-to-end platform, Docker) runs a service with. */
export const SERVICE_NODE_OPTIONS = [`--max-old-space-size=${SERVICE_HEAP_LIMIT_MB}`];

export const SERVICES: ServiceDefinition[] = [
  {
    name: 'cases',
    port: 4001,
    main: 'dist/apps/cases/main.cjs',
    seed: 'dist/apps/cases/seed/seed.cjs',
    subgraph: true,
    consumerGroupSettings: ['DELIVERY_UPDATES_GROUP_ID'],
  },
  // After cases: its demo adoptions need the cases' events.
  {
    name: 'supporters',
    port: 4002,
    main: 'dist/apps/supporters/main.cjs',
    seed: 'dist/apps/supporters/seed/seed.cjs',
    subgraph: true,
    consumerGroupSettings: ['CASES_PROJECTION_GROUP_ID'],
  },
  // After cases: it takes actions only for cases it has heard of.
  {
    name: 'actions',
    port: 4003,
    main: 'dist/apps/actions/main.cjs',
    seed: 'dist/apps/actions/seed/seed.cjs',
    subgraph: true,
    consumerGroupSettings: ['CASES_PROJECTION_GROUP_ID', 'SUPPORTERS_EVENTS_GROUP_ID', 'REPORT_ROLLUPS_GROUP_ID'],
  },
  // After cases: its demo handovers need the cases' events.
  {
    name: 'deliveries',
    port: 4004,
    main: 'dist/apps/deliveries/main.cjs',
    seed: 'dist/apps/deliveries/seed/seed.cjs',
    subgraph: true,
    consumerGroupSettings: ['CASES_PROJECTION_GROUP_ID', 'ACTIONS_TALLY_GROUP_ID'],
  },
  { name: 'gateway', port: 4000, main: 'dist/apps/gateway/main.cjs', subgraph: false },
];

/** The gateway's environment variables that point it at each subgraph. */
export const SUBGRAPHS = SERVICES.filter((service) => service.subgraph);

/** The gateway's setting for a subgraph's URL, e.g. `CASES_URL`. */
export function subgraphUrlSetting(service: ServiceDefinition): string {
  return `${service.name.toUpperCase()}_URL`;
}

export function subgraphUrlsFor(portOf: (service: ServiceDefinition) => number): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((service) => [subgraphUrlSetting(service), `http://127.0.0.1:${portOf(service)}/graphql`]));
}
