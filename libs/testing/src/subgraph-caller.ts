import { GATEWAY_CREDENTIAL_HEADER, issueToken, type TokenRequest } from '@plume/auth';
import { graphqlCall, type GraphqlResponse } from './graphql-client';

/** The settings a subgraph shares with the gateway (every subgraph environment has them). */
export interface GatewaySettings {
  JWT_SECRET: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  GATEWAY_CREDENTIAL: string;
}

export type SubgraphCall = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  as?: TokenRequest,
  /** Extra headers, e.g. the client address the gateway forwards. */
  headers?: Record<string, string>,
) => Promise<GraphqlResponse<Data>>;

/**
 * Calls a subgraph the way the gateway does: with the gateway credential, and the caller's token
 * (issued for `as`; none for an anonymous caller).
 */
export function subgraphCaller(url: string, settings: GatewaySettings): SubgraphCall {
  const tokenSettings = { secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE };
  return async (query, variables = {}, as, headers = {}) => {
    const token = as ? await issueToken(tokenSettings, as) : undefined;
    return graphqlCall(url, query, variables, { token, headers: { ...headers, [GATEWAY_CREDENTIAL_HEADER]: settings.GATEWAY_CREDENTIAL } });
  };
}
