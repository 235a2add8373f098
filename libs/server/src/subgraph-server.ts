import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { CLIENT_ADDRESS_HEADER, createTokenVerifier, GATEWAY_CREDENTIAL_HEADER, isValidGatewayCredential, principalFromAuthorization, type Principal } from '@plume/auth';
import { unauthenticated } from '@plume/errors';
import { createErrorFormatter } from './format-error';
import { createHttpServer, mountGraphql } from './http-server';
import type { ReadinessCheck } from './readiness';

/** A long-running part started after the server and stopped before the database (relay, consumers). */
export interface BackgroundTask {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Reported by /ready; does not decide its status. */
  ready(): boolean;
  /** A task that publishes to Kafka (the outbox relay): whether its broker answers. /ready is 503 while it does not. */
  brokerReachable?(): Promise<boolean>;
}

export interface SubgraphEnvironment {
  NODE_ENV: string;
  HOST: string;
  PORT: number;
  JWT_SECRET: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  GATEWAY_CREDENTIAL: string;
}

/** What every resolver receives; apps extend it with their services. */
export interface RequestContext {
  principal: Principal;
  logger: Logger;
  /** The caller's network address as the gateway saw it; null when the gateway did not say. */
  clientAddress: string | null;
}

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  environment: SubgraphEnvironment;
  logger: Logger;
  dataSource: DataSource;
  backgroundTasks: BackgroundTask[];
  createContext(base: RequestContext): Context;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph: Apollo Server on Fastify, every request checked for the gateway credential (a
 * subgraph cannot be called around the gateway) and the caller's token verified again, then the
 * background tasks. `stop` drains requests, stops the tasks, closes the database pool, in that order.
 */
export async function startSubgraphServer<Context extends RequestContext>(options: SubgraphServerOptions<Context>): Promise<RunningServer> {
  const { environment, logger, dataSource } = options;
  const verifyToken = createTokenVerifier({ secret: environment.JWT_SECRET, issuer: environment.JWT_ISSUER, audience: environment.JWT_AUDIENCE });
  const app = createHttpServer({
    logger,
    readiness: [
      { name: 'database', critical: true, check: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1')).length === 1 },
      ...kafkaProducerCheck(options.backgroundTasks),
      ...options.backgroundTasks.map((task): ReadinessCheck => ({ name: task.name, critical: false, check: () => task.ready() })),
    ],
  });
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: environment.NODE_ENV !== 'production',
    csrfPrevention: true,
    // runService's stopOnSignals owns SIGTERM/SIGINT: Apollo's own handler would stop the server beside
    // it and raise the signal again, killing the process while the relay and consumers still stop.
    stopOnTerminationSignals: false,
    // No Apollo Studio here: inline tracing would only cost time on every request.
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  mountGraphql(app, apollo, async (request) => {
    const credential = request.headers[GATEWAY_CREDENTIAL_HEADER];
    if (!isValidGatewayCredential(typeof credential === 'string' ? credential : undefined, environment.GATEWAY_CREDENTIAL)) {
      throw unauthenticated(`The ${options.name} service answers calls that come through the Plume gateway only.`, 401);
    }
    const principal = await principalFromAuthorization(request.headers.authorization, verifyToken);
    const clientAddress = request.headers[CLIENT_ADDRESS_HEADER];
    return options.createContext({ principal, logger, clientAddress: typeof clientAddress === 'string' && clientAddress ? clientAddress : null });
  });
  const url = await app.listen({ host: environment.HOST, port: environment.PORT });
  for (const task of options.backgroundTasks) await task.start();
  logger.info({ url: `${url}/graphql` }, `${options.name} subgraph ready`);
  return {
    url: `${url}/graphql`,
    async stop() {
      // Drains: no new connections, requests in flight finish (cut after 10 s by the drain plugin).
      await apollo.stop();
      for (const task of [...options.backgroundTasks].reverse()) await task.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * `kafka-producer`: every publishing task's broker answers (none when the service publishes nothing).
 * Reported, not deciding: writes go to the outbox and wait there through a Kafka outage, so taking the
 * service out of rotation would turn a broker outage into an API outage (the issue-7 fault test).
 */
function kafkaProducerCheck(tasks: BackgroundTask[]): ReadinessCheck[] {
  const probes = tasks.flatMap((task) => (task.brokerReachable ? [task.brokerReachable.bind(task)] : []));
  if (probes.length === 0) return [];
  return [{ name: 'kafka-producer', critical: false, check: async () => (await Promise.all(probes.map((probe) => probe()))).every(Boolean) }];
}
