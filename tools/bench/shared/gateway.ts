import { GATEWAY_CREDENTIAL_HEADER, issueToken } from '@plume/auth';
import { authEnvironment, loadEnvironment, z } from '@plume/config';

const settings = loadEnvironment('bench', z.object(authEnvironment));

/** Where a benchmark sends GraphQL: the gateway, or a subgraph alone (with the gateway's credential). */
export interface GraphqlTarget {
  url: string;
  headers: Record<string, string>;
}

export const GATEWAY: GraphqlTarget = { url: 'http://127.0.0.1:4000/graphql', headers: {} };
export const ACTIONS_SUBGRAPH: GraphqlTarget = { url: 'http://127.0.0.1:4003/graphql', headers: { [GATEWAY_CREDENTIAL_HEADER]: settings.GATEWAY_CREDENTIAL } };

/** A token of role `analyst`, signed as `npm start` signs its demo tokens (development secret by default). */
export function analystToken(): Promise<string> {
  return issueToken({ secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE }, { role: 'analyst', subject: 'bench-analyst', expiresIn: '2h' });
}

/** A token of role `site` for a section's website, signed the same way. */
export function siteToken(section: string): Promise<string> {
  return issueToken({ secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE }, { role: 'site', subject: `bench-site-${section}`, section, expiresIn: '2h' });
}

/** A token of role `staff` for a section (the gateway never caches staff reads). */
export function staffToken(section: string): Promise<string> {
  return issueToken({ secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE }, { role: 'staff', subject: `bench-staff-${section}`, section, expiresIn: '2h' });
}

/** One GraphQL call; GraphQL errors throw (a benchmark of errors measures nothing). */
export async function graphqlQuery<T>(target: GraphqlTarget, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...target.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`${target.url}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}
