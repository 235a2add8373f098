import { resolve } from 'node:path';
import { issueToken, type TokenRequest } from '@plume/auth';
import {
  createTestDatabase,
  freePort,
  graphqlCall,
  runNodeScript,
  startServiceProcess,
  testKafkaBrokers,
  testKafkaSettings,
  type GraphqlResponse,
  type ServiceProcess,
  type TestDatabase,
  uniqueName,
} from '@plume/testing';
import { SERVICE_NODE_OPTIONS, SERVICES, subgraphUrlsFor } from '@plume/service-catalog';

const ROOT = resolve(__dirname, '../../../..');
// The services run with their development defaults for secrets; tokens are signed with the same.
const TOKENS = { secret: 'dev-only-jwt-secret-change-me-0123456789abcdef', issuer: 'plume', audience: 'plume' };

export interface Platform {
  gatewayUrl: string;
  brokers: string[];
  service(name: string): ServiceProcess;
  /** The port a service listens on (e.g. `cases`, `gateway`). */
  port(name: string): number;
  /** The throw-away database of a subgraph (e.g. `cases`), for tests that look at what was written. */
  databaseUrl(name: string): string;
  /** Starts a service again (after `kill()`), with the same settings, database and port. */
  restart(name: string): Promise<void>;
  /** An operation through the gateway, as the given caller (anonymous when `as` is absent). */
  call<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: TokenRequest): Promise<GraphqlResponse<Data>>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Settings added to a service's own (they win), by service name: e.g. the gateway's rate limits for a benchmark. */
  env?: Record<string, Record<string, string>>;
}

/**
 * The whole of Plume as real processes — the built subgraphs (each with a throw-away database,
 * migrated and seeded with the demo data) and the gateway — on free ports, with the real broker.
 * The same list of services as `npm start`.
 */
export async function startPlatform(name: string, options: PlatformOptions = {}): Promise<Platform> {
  const brokers = await testKafkaBrokers();
  const ports = new Map<string, number>();
  for (const definition of SERVICES) ports.set(definition.name, await freePort());
  const portOf = (serviceName: string) => ports.get(serviceName)!;
  const databases: TestDatabase[] = [];
  const databaseUrls = new Map<string, string>();
  const processes = new Map<string, ServiceProcess>();
  const settings = new Map<string, Record<string, string>>();
  const launch = async (serviceName: string) => {
    const definition = SERVICES.find((service) => service.name === serviceName)!;
    const readyUrl = `http://127.0.0.1:${portOf(serviceName)}/ready`;
    processes.set(serviceName, await startServiceProcess(resolve(ROOT, definition.main), settings.get(serviceName)!, readyUrl, 60_000, SERVICE_NODE_OPTIONS));
  };

  const stop = async () => {
    for (const process of [...processes.values()].reverse()) await process.stop();
    for (const database of databases) await database.drop();
  };

  try {
    for (const definition of SERVICES) {
      // Its own topic namespace too (this test file's): copies of Plume sharing the broker never mix events.
      const env: Record<string, string> = { PORT: String(portOf(definition.name)), ...(await testKafkaSettings()), LOG_LEVEL: 'warn' };
      for (const setting of definition.consumerGroupSettings ?? []) env[setting] = uniqueName(`${name}-${setting.toLowerCase()}`);
      if (definition.subgraph) {
        const database = await createTestDatabase(`${name}_${definition.name}`);
        databases.push(database);
        databaseUrls.set(definition.name, database.url);
        env.DATABASE_URL = database.url;
      } else {
        Object.assign(env, subgraphUrlsFor((service) => portOf(service.name)));
      }
      Object.assign(env, options.env?.[definition.name]);
      if (definition.seed) await runNodeScript(resolve(ROOT, definition.seed), env, 90_000);
      settings.set(definition.name, env);
      await launch(definition.name);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const gatewayUrl = `http://127.0.0.1:${portOf('gateway')}/graphql`;
  return {
    gatewayUrl,
    brokers,
    service: (serviceName) => processes.get(serviceName)!,
    port: portOf,
    databaseUrl(serviceName) {
      const url = databaseUrls.get(serviceName);
      if (!url) throw new Error(`${serviceName} has no database (subgraphs: ${[...databaseUrls.keys()].join(', ')})`);
      return url;
    },
    restart: launch,
    async call(query, variables = {}, as) {
      return graphqlCall(gatewayUrl, query, variables, { token: as ? await issueToken(TOKENS, as) : undefined });
    },
    stop,
  };
}

export const ADMIN: TokenRequest = { role: 'admin', subject: 'admin-e2e' };
export const ANALYST: TokenRequest = { role: 'analyst', subject: 'analyst-e2e' };
export const SITE_BE_FR: TokenRequest = { role: 'site', subject: 'site-be-fr', section: 'BE-FR' };
export const SITE_DZ: TokenRequest = { role: 'site', subject: 'site-dz', section: 'DZ' };
export const STAFF_BE_FR: TokenRequest = { role: 'staff', subject: 'staff-be-fr', section: 'BE-FR' };
export const STAFF_DZ: TokenRequest = { role: 'staff', subject: 'staff-dz', section: 'DZ' };
export const SERVICE: TokenRequest = { role: 'service', subject: 'service-e2e' };
export { TOKENS };
