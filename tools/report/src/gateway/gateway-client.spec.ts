import { describeGraphqlErrors, displayUrl, GatewayError, httpTransport, partialData, requireData } from './gateway-client';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-payload.signature';
const URL_ = 'http://127.0.0.1:4000/graphql';

/** A fetch that records its request and answers `body` with `status`. */
function fakeFetch(status: number, body: string, headers: Record<string, string> = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return new Response(body, { status, headers });
  }) as unknown as typeof fetch;
  return { impl, requests };
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('the gateway client', () => {
  it('posts the operation as JSON with the token as bearer credential', async () => {
    const { impl, requests } = fakeFetch(200, JSON.stringify({ data: { sections: [] } }));
    const data = await requireData(httpTransport(URL_, TOKEN, impl), 'query ReportSections { sections { code } }', { a: 1 });
    expect(data).toEqual({ sections: [] });
    expect(requests[0].url).toBe(URL_);
    expect(requests[0].init.method).toBe('POST');
    expect(requests[0].init.headers).toMatchObject({ 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    expect(JSON.parse(String(requests[0].init.body))).toEqual({ query: 'query ReportSections { sections { code } }', variables: { a: 1 } });
  });

  it('turns GraphQL errors into one line each: code, message, path', async () => {
    const errors = [
      { message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'Invalid arguments. to: `from` must not be after `to`', path: ['actionReport'], extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'odd' },
    ];
    expect(describeGraphqlErrors(errors)).toBe('UNAUTHENTICATED: Sign in first.\nBAD_USER_INPUT: Invalid arguments. to: `from` must not be after `to` (at actionReport)\nERROR: odd');
    const { impl } = fakeFetch(400, JSON.stringify({ errors }));
    const message = await messageOf(requireData(httpTransport(URL_, TOKEN, impl), 'query X { x }', {}));
    expect(message).toBe(`the gateway refused the report query:\n  ${describeGraphqlErrors(errors).split('\n').join('\n  ')}`);
  });

  it('adds Retry-After to a rate limit refusal', async () => {
    const { impl } = fakeFetch(429, JSON.stringify({ errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }] }), { 'retry-after': '30' });
    expect(await messageOf(requireData(httpTransport(URL_, TOKEN, impl), 'query X { x }', {}))).toContain('RATE_LIMITED: Too many requests. (retry after 30 s)');
  });

  it('names the gateway and the HTTP status when the answer is not GraphQL, never the token', async () => {
    const { impl } = fakeFetch(502, '<html>Bad gateway</html>');
    const message = await messageOf(requireData(httpTransport('http://analyst:pw@127.0.0.1:4000/graphql', TOKEN, impl), 'query X { x }', {}));
    expect(message).toBe('the gateway at http://127.0.0.1:4000/graphql answered HTTP 502  without a GraphQL answer');
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain('pw');
  });

  it('says so when the gateway cannot be reached', async () => {
    const impl = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    }) as unknown as typeof fetch;
    const failure = requireData(httpTransport(URL_, TOKEN, impl), 'query X { x }', {});
    await expect(failure).rejects.toBeInstanceOf(GatewayError);
    expect(await messageOf(failure)).toBe(`cannot reach the gateway at ${URL_} (ECONNREFUSED); is Plume running?`);
  });

  it('keeps partial data with the errors as warnings, but fails without data', async () => {
    const transport = async () => ({ data: { case: { id: '1', deliveries: null } }, errors: [{ message: 'down', path: ['case', 'deliveries'], extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    await expect(partialData(transport as never, 'query X { x }', {})).resolves.toEqual({
      data: { case: { id: '1', deliveries: null } },
      warnings: ['SERVICE_UNAVAILABLE: down (at case.deliveries)'],
    });
    const none = async () => ({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    await expect(partialData(none as never, 'query X { x }', {})).rejects.toThrow('FORBIDDEN: no');
  });

  it('hides user and password of a URL in messages', () => {
    expect(displayUrl('https://user:secret@gateway.example.org/graphql')).toBe('https://gateway.example.org/graphql');
  });
});
