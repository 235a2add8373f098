import { ANONYMOUS, GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { SubgraphDataSource } from './subgraph-data-source';

describe('SubgraphDataSource', () => {
  const source = new SubgraphDataSource('cases', 'http://127.0.0.1:4001/graphql', 'the-gateway-credential-000000', 5_000);
  const send = (context: object) => {
    const headers = new Map<string, string>();
    const request = { http: { headers: { set: (k: string, v: string) => headers.set(k, v) }, method: 'POST', url: '' } };
    source.willSendRequest({ request, context } as never);
    return headers;
  };

  it('adds the gateway credential and forwards the caller token', () => {
    const headers = send({ principal: ANONYMOUS, authorization: 'Bearer abc' });
    expect(headers.get(GATEWAY_CREDENTIAL_HEADER)).toBe('the-gateway-credential-000000');
    expect(headers.get('authorization')).toBe('Bearer abc');
  });

  it('sends no authorization for anonymous callers', () => {
    expect(send({ principal: ANONYMOUS }).has('authorization')).toBe(false);
  });

  it('turns a network failure into SERVICE_UNAVAILABLE without the subgraph address', () => {
    expect(() => source.didEncounterError(new Error('connect ECONNREFUSED 127.0.0.1:4001'), {})).toThrow(
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.not.stringContaining('127.0.0.1') }),
    );
  });
});
