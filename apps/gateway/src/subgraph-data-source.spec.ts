import { ANONYMOUS, CLIENT_ADDRESS_HEADER, GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { SubgraphDataSource } from './subgraph-data-source';

describe('SubgraphDataSource', () => {
  const source = new SubgraphDataSource('cases', 'http://127.0.0.1:4001/graphql', 'the-gateway-credential-000000', fetch as never);
  const send = (context: object, variables?: object) => {
    const headers = new Map<string, string>();
    const request = { http: { headers: { set: (k: string, v: string) => headers.set(k, v) }, method: 'POST', url: '' }, variables };
    source.willSendRequest({ request, context } as never);
    return headers;
  };

  it('adds the gateway credential and forwards the caller token', () => {
    const headers = send({ principal: ANONYMOUS, authorization: 'Bearer abc' });
    expect(headers.get(GATEWAY_CREDENTIAL_HEADER)).toBe('the-gateway-credential-000000');
    expect(headers.get('authorization')).toBe('Bearer abc');
  });

  it("forwards the caller's address, for abuse control in the subgraphs", () => {
    expect(send({ principal: ANONYMOUS, clientAddress: '203.0.113.7' }).get(CLIENT_ADDRESS_HEADER)).toBe('203.0.113.7');
  });

  it('notes the ids of the entities it asks about, for the response cache', () => {
    const entityIds = new Set<string>();
    send({ principal: ANONYMOUS, entityIds }, { representations: [{ __typename: 'Case', id: 'case-1' }, { __typename: 'Campaign', id: 'campaign-1' }] });
    expect([...entityIds]).toEqual(['case-1', 'campaign-1']);
  });

  it('sends no authorization for anonymous callers', () => {
    expect(send({ principal: ANONYMOUS }).has('authorization')).toBe(false);
  });

  it("passes on a subgraph's refusal of a variable (HTTP 400, BAD_USER_INPUT) instead of an internal error", async () => {
    const refusal = { errors: [{ message: 'Variable "$input" got an invalid value at "input.at"; must be a valid DateTime.', extensions: { code: 'BAD_USER_INPUT' } }] };
    const answer = (status: number, body: object) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    await expect(source.errorFromResponse(answer(400, refusal) as never)).resolves.toMatchObject({ message: refusal.errors[0].message, extensions: { code: 'BAD_USER_INPUT' } });
    await expect(source.errorFromResponse(answer(500, refusal) as never)).resolves.toMatchObject({ extensions: expect.not.objectContaining({ code: 'BAD_USER_INPUT' }) });
    await expect(source.errorFromResponse(answer(400, { errors: [{ message: 'x' }] }) as never)).resolves.toMatchObject({ extensions: expect.not.objectContaining({ code: 'BAD_USER_INPUT' }) });
  });

  it('turns a network failure into SERVICE_UNAVAILABLE without the subgraph address', () => {
    expect(() => source.didEncounterError(new Error('connect ECONNREFUSED 127.0.0.1:4001'), {})).toThrow(
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.not.stringContaining('127.0.0.1') }),
    );
  });
});
