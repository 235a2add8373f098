import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler, type ApolloFastifyContextFunction } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type preHandlerAsyncHookHandler } from 'fastify';
import type { Logger } from 'pino';
import { evaluateReadiness, type ReadinessCheck } from './readiness';

export interface HttpServerOptions {
  readiness: ReadinessCheck[];
  logger: Logger;
  /** Largest accepted request body; GraphQL requests are small. */
  bodyLimitBytes?: number;
}

/** Fastify with /health (alive) and /ready (dependencies up); GraphQL is mounted by `mountGraphql`. */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimitBytes ?? 256 * 1024,
    keepAliveTimeout: 65_000,
  }) as unknown as FastifyInstance;
  // While closing, every answer says `connection: close`: a keep-alive caller (the gateway) would
  // otherwise hold the connection of the request that just finished, and close() would wait for it.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  // Per-request access logs (info) cost throughput and say little: routes log warnings and errors only.
  app.get('/health', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/ready', { logLevel: 'warn' }, async (_request, reply) => {
    const report = await evaluateReadiness(options.readiness);
    return reply.code(report.ready ? 200 : 503).send(report);
  });
  return app;
}

/**
 * Serves an (already started) Apollo Server on /graphql. `preHandler` runs before Apollo sees the
 * request (the gateway authenticates and applies its trusted-documents policy there).
 */
export function mountGraphql<Context extends BaseContext>(
  app: FastifyInstance,
  apollo: ApolloServer<Context>,
  context: ApolloFastifyContextFunction<Context>,
  preHandler?: preHandlerAsyncHookHandler,
): void {
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    logLevel: 'warn',
    ...(preHandler ? { preHandler } : {}),
    handler: fastifyApolloHandler(apollo, { context }),
  });
}
