import { loadGatewayEnvironment, subgraphUrls } from './environment';

describe('gateway environment', () => {
  it('defaults to the local subgraphs', () => {
    expect(subgraphUrls(loadGatewayEnvironment({}))).toEqual({
      cases: 'http://127.0.0.1:4001/graphql',
      supporters: 'http://127.0.0.1:4002/graphql',
      actions: 'http://127.0.0.1:4003/graphql',
      deliveries: 'http://127.0.0.1:4004/graphql',
    });
  });

  it('refuses a subgraph URL that is not http(s), and development secrets in production', () => {
    expect(() => loadGatewayEnvironment({ CASES_URL: 'ftp://cases' })).toThrow(/CASES_URL: must be an http\(s\) URL/);
    expect(() => loadGatewayEnvironment({ NODE_ENV: 'production' })).toThrow(/GATEWAY_CREDENTIAL: must be set explicitly in production/);
  });
});
