import { authEnvironment, kafkaEnvironment, loadEnvironment, privacyEnvironment, refuseDevelopmentSecretsInProduction, serviceEnvironment, z } from '@plume/config';
import { SUBGRAPHS, subgraphUrlSetting, subgraphUrlsFor } from '@plume/service-catalog';

/** `<NAME>_URL` for every subgraph of the service catalog, defaulting to its local port. */
const defaultUrls = subgraphUrlsFor((service) => service.port);
const subgraphUrlSettings = Object.fromEntries(
  SUBGRAPHS.map((service) => [
    subgraphUrlSetting(service),
    z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).default(defaultUrls[subgraphUrlSetting(service)]),
  ]),
);

export const gatewayEnvironmentSchema = refuseDevelopmentSecretsInProduction(
  z.object({
    ...serviceEnvironment(4000),
    ...authEnvironment,
    ...privacyEnvironment,
    /** Where each subgraph answers; overrides the routing URL written in the static supergraph. */
    ...subgraphUrlSettings,
    /** Query limits (graphql-armor); defaults fit the section websites' operations with room to spare. */
    QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
    QUERY_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
    QUERY_MAX_TOKENS: z.coerce.number().int().min(50).default(2_000),
    QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
    QUERY_MAX_COST: z.coerce.number().int().min(1).default(5_000),
    /** Largest request body accepted, in bytes. */
    REQUEST_MAX_BYTES: z.coerce.number().int().min(1_024).default(64 * 1_024),
    /**
     * Anonymous and `site` callers may only run trusted documents (the published operations).
     * On by default in production; off in development so the API can be explored.
     */
    TRUSTED_DOCUMENTS_ONLY: z.stringbool().optional(),
    /** Browser origins allowed besides the sections' website origins (comma-separated), e.g. a staff tool. */
    CORS_EXTRA_ORIGINS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
    /** How often the sections' website origins are read again from the supporters subgraph. */
    SECTION_ORIGINS_REFRESH_MS: z.coerce.number().int().min(1_000).default(60_000),
    /**
     * Rate limits on the public writes (signPetition, registerSupporter, recordAction): per client
     * address, every field counting, and per person (contact reference of the email).
     */
    RATE_LIMITS_ENABLED: z.stringbool().default(true),
    RATE_LIMIT_WRITES_PER_ADDRESS: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_ADDRESS_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_WRITES_PER_CONTACT: z.coerce.number().int().min(1).default(5),
    RATE_LIMIT_CONTACT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
    /**
     * Addresses, and people, each limit remembers at most (~140 bytes each): past it, the least recently
     * seen are forgotten first, so a marathon peak loosens the limits instead of exhausting the heap.
     */
    RATE_LIMIT_MAX_TRACKED_KEYS: z.coerce.number().int().min(100).default(50_000),
    /** Per subgraph call; a slow subgraph must not hold a section website's page forever. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /**
     * Response cache of public reads (anonymous callers and section websites; see
     * src/response-cache/cache-policy.ts). Answers live at most the TTL; the events of every subgraph drop
     * them sooner. Off, or while the broker cannot be heard, every request goes to the subgraphs.
     */
    RESPONSE_CACHE_ENABLED: z.stringbool().default(true),
    RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
    RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(5_000),
    /** Each gateway process joins its own consumer group, named from this prefix, the host and the process. */
    RESPONSE_CACHE_GROUP_PREFIX: z.string().min(1).default('plume-gateway-cache'),
    /** A case (or any entity) is dropped from the cache at most once per window: a busy case's counters lag by at most this. */
    RESPONSE_CACHE_INVALIDATION_WINDOW_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    /** The broker the response cache listens to (the subgraphs' events). */
    KAFKA_BROKERS: kafkaEnvironment.KAFKA_BROKERS,
    KAFKA_CLIENT_ID: kafkaEnvironment.KAFKA_CLIENT_ID,
    KAFKA_TOPIC_PREFIX: kafkaEnvironment.KAFKA_TOPIC_PREFIX,
    /** Gateway processes sharing the port (node:cluster); 1 runs the gateway in this process. */
    GATEWAY_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  }),
);
type ParsedGatewayEnvironment = z.output<typeof gatewayEnvironmentSchema>;
export type GatewayEnvironment = Omit<ParsedGatewayEnvironment, 'TRUSTED_DOCUMENTS_ONLY'> & { TRUSTED_DOCUMENTS_ONLY: boolean };

export function loadGatewayEnvironment(source?: Record<string, string | undefined>): GatewayEnvironment {
  const parsed = loadEnvironment('gateway', gatewayEnvironmentSchema, source);
  return { ...parsed, TRUSTED_DOCUMENTS_ONLY: parsed.TRUSTED_DOCUMENTS_ONLY ?? parsed.NODE_ENV === 'production' };
}

/** Where each subgraph of the supergraph answers, by subgraph name. */
export function subgraphUrls(environment: GatewayEnvironment): Record<string, string> {
  const settings = environment as unknown as Record<string, string>;
  return Object.fromEntries(SUBGRAPHS.map((service) => [service.name, settings[subgraphUrlSetting(service)]]));
}
