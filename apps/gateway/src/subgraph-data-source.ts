import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { ErrorCode } from '@plume/errors';
import type { GatewayContext } from './gateway-context';

/**
 * How the gateway calls a subgraph: forwards the caller's token (subgraphs verify it again), adds the
 * gateway credential (subgraphs refuse calls without it), reuses keep-alive connections (Node's fetch
 * pools them), and turns a network failure into SERVICE_UNAVAILABLE without the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly gatewayCredential: string,
    private readonly timeoutMs: number,
  ) {
    super({ url, fetcher: fetch as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, this.gatewayCredential);
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) request.http?.headers.set('authorization', authorization);
    if (request.http) (request.http as { signal?: AbortSignal }).signal = AbortSignal.timeout(this.timeoutMs);
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response) throw error;
    throw new GraphQLError(`The ${this.subgraphName} service is unavailable right now; the fields it provides are missing from this answer.`, {
      extensions: { code: ErrorCode.ServiceUnavailable },
    });
  }
}
