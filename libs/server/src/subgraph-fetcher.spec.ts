import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphFetcher } from './subgraph-fetcher';

/** The gateway's way to its subgraphs (also the bench's bare gateway), against a stand-in subgraph. */
describe('subgraph fetcher', () => {
  let server: Server;
  let url: string;
  let connections: number;
  const fetcher = createSubgraphFetcher({ timeoutMs: 300 });

  beforeAll(async () => {
    connections = 0;
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        // unref: the slow answer must not hold the test process open once the suite is done.
        if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 2_000).unref();
        response.writeHead(request.url === '/broken' ? 500 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify({ data: { echo: JSON.parse(body), credential: request.headers['x-credential'] } }));
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await fetcher.close();
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  });

  const post = (path: string) => fetcher.fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-credential': 'c' }, body: '{"query":"{ a }"}' });

  it('sends the request and reads status, headers and body as RemoteGraphQLDataSource expects', async () => {
    const response = await post('/graphql');
    expect({ ok: response.ok, status: response.status, type: response.headers.get('Content-Type') }).toEqual({ ok: true, status: 200, type: 'application/json' });
    expect(await response.json()).toEqual({ data: { echo: { query: '{ a }' }, credential: 'c' } });
    const broken = await post('/broken');
    expect({ ok: broken.ok, status: broken.status, statusText: broken.statusText }).toEqual({ ok: false, status: 500, statusText: 'Internal Server Error' });
  });

  it('keeps the connection alive between calls', async () => {
    const before = connections;
    for (let i = 0; i < 5; i++) await post('/graphql');
    expect(connections - before).toBeLessThanOrEqual(1);
  });

  it('gives up on a subgraph that does not answer within the timeout', async () => {
    const started = Date.now();
    await expect(post('/slow')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
