export interface GraphqlResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface GraphqlCallOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Posts one GraphQL operation the way a section website would, and returns status and body. */
export async function graphqlCall<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphqlCallOptions = {},
): Promise<GraphqlResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}

/** The codes of the errors of a response, for compact assertions. */
export function errorCodes(response: GraphqlResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}
