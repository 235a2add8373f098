/** One GraphQL error as the gateway reports it. */
export interface GraphqlErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<Data> {
  data?: Data | null;
  errors?: GraphqlErrorEntry[];
}

/** Sends one operation and returns the parsed answer; the only thing that touches the network. */
export type GraphqlTransport = <Data>(document: string, variables: Record<string, unknown>) => Promise<GraphqlResponse<Data>>;

/** The gateway answered with errors, or could not be asked. The message is safe to print: no token in it. */
export class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(
    message: string,
    readonly errors: GraphqlErrorEntry[] = [],
  ) {
    super(message);
  }
}

/** `CODE: message (at a.b.c)`, one line per error, as printed to analysts. */
export function describeGraphqlErrors(errors: GraphqlErrorEntry[]): string {
  return errors
    .map((error) => {
      const code = error.extensions?.code ?? 'ERROR';
      const at = error.path?.length ? ` (at ${error.path.join('.')})` : '';
      return `${code}: ${error.message}${at}`;
    })
    .join('\n');
}

/** The URL without user name or password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(an invalid URL)';
  }
}

/**
 * A transport over HTTP POST (Node's fetch), JSON in and out, with the token as a bearer credential.
 * Network failures and answers that are not GraphQL become GatewayErrors that name the gateway and the
 * HTTP status, never the token.
 */
export function httpTransport(gatewayUrl: string, token: string | null, fetchImpl: typeof fetch = fetch): GraphqlTransport {
  const where = displayUrl(gatewayUrl);
  return async <Data>(document: string, variables: Record<string, unknown>) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: document, variables }) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new GatewayError(`cannot reach the gateway at ${where} (${cause}); is Plume running?`);
    }
    const text = await response.text();
    let body: GraphqlResponse<Data>;
    try {
      body = JSON.parse(text) as GraphqlResponse<Data>;
    } catch {
      throw new GatewayError(`the gateway at ${where} answered HTTP ${response.status} ${response.statusText} without a GraphQL answer`);
    }
    if (!body || typeof body !== 'object' || (!('data' in body) && !('errors' in body))) {
      throw new GatewayError(`the gateway at ${where} answered HTTP ${response.status} without a GraphQL answer`);
    }
    if (response.status === 429 && body.errors?.length) {
      const retryAfter = response.headers.get('retry-after');
      if (retryAfter) body.errors = body.errors.map((error) => ({ ...error, message: `${error.message} (retry after ${retryAfter} s)` }));
    }
    return body;
  };
}

/** Sends an operation and returns its data; any error fails the whole call. */
export async function requireData<Data>(transport: GraphqlTransport, document: string, variables: Record<string, unknown>): Promise<Data> {
  const { data, errors } = await transport<Data>(document, variables);
  if (errors?.length) throw new GatewayError(`the gateway refused the report query:\n${indent(describeGraphqlErrors(errors))}`, errors);
  if (data === undefined || data === null) throw new GatewayError('the gateway answered without data');
  return data;
}

/**
 * Sends an operation and returns what it got even when a part failed (a subgraph that is down costs only
 * its own fields): the errors come back as readable warnings.
 */
export async function partialData<Data>(
  transport: GraphqlTransport,
  document: string,
  variables: Record<string, unknown>,
): Promise<{ data: Data; warnings: string[] }> {
  const { data, errors } = await transport<Data>(document, variables);
  if (data === undefined || data === null) {
    throw new GatewayError(`the gateway refused the report query:\n${indent(describeGraphqlErrors(errors ?? []))}`, errors ?? []);
  }
  return { data, warnings: errors?.length ? describeGraphqlErrors(errors).split('\n') : [] };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
