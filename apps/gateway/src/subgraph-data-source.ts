import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CLIENT_ADDRESS_HEADER, GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { ErrorCode } from '@plume/errors';
import type { Fetcher } from '@plume/server';
import type { GatewayContext } from './gateway-context';
import { collectRepresentationIds } from './response-cache/entity-ids';

/**
 * How the gateway calls a subgraph: forwards the caller's token (subgraphs verify it again), adds the
 * gateway credential (subgraphs refuse calls without it), goes through the gateway's keep-alive pool
 * with its timeout (`createSubgraphFetcher`, @plume/server), notes the entities it asks about (the response cache tags an
 * answer with them), and turns a network failure into SERVICE_UNAVAILABLE without the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly gatewayCredential: string,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, this.gatewayCredential);
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) request.http?.headers.set('authorization', authorization);
    if ('clientAddress' in context && context.clientAddress) request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
    if ('entityIds' in context && context.entityIds) collectRepresentationIds(request.variables, context.entityIds);
  }

  /**
   * A subgraph answers HTTP 400 when its own scalars refuse a variable (DateTime and Date are opaque to the
   * gateway's schema, so only the subgraph checks them): the client gets that BAD_USER_INPUT as it is,
   * not an internal error. Any other HTTP failure keeps Apollo's error (masked as internal).
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } } | undefined)?.body;
    const refusals = Array.isArray(body?.errors) ? body.errors : [];
    if (response.status !== 400 || refusals.length === 0 || !refusals.every((refusal) => refusal.extensions?.code === ErrorCode.BadUserInput)) return error;
    return new GraphQLError(refusals.map((refusal) => String(refusal.message)).join(' '), { extensions: { code: ErrorCode.BadUserInput } });
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response) throw error;
    throw new GraphQLError(`The ${this.subgraphName} service is unavailable right now; the fields it provides are missing from this answer.`, {
      extensions: { code: ErrorCode.ServiceUnavailable },
    });
  }
}
