import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { issueToken } from '@plume/auth';
import type { RunningServer } from '@plume/server';
import { errorCodes, freePort, graphqlCall, testLogger, type GraphqlResponse } from '@plume/testing';
import manifest from './__generated__/operations/persisted-documents.json';
import { startGateway } from './app';
import { loadGatewayEnvironment } from './environment';

const CASE_PAGE = readFileSync(resolve(__dirname, '../operations/case-page.graphql'), 'utf8');

const PRODUCTION_SECRETS = {
  JWT_SECRET: 'a-production-secret-for-this-test-0123456789',
  GATEWAY_CREDENTIAL: 'a-production-credential-000000',
  CONTACT_REFERENCE_SECRET: 'a-production-contact-reference-secret-000',
};
const CASE_PAGE_ID = Object.entries(manifest as Record<string, string>).find(([, document]) => document.startsWith('query CasePage'))![0];

/** Limits, trusted documents and production behaviour, all decided in the gateway before any subgraph is called. */
describe('gateway hardening', () => {
  let production: RunningServer;
  let development: RunningServer;
  let staffToken: string;
  let siteToken: string;
  // In production, free queries need a staff-like token; limits apply to every caller.
  const asStaff = (query: string): Promise<GraphqlResponse> => graphqlCall(production.url, query, {}, { token: staffToken });

  beforeAll(async () => {
    // The subgraph URL points nowhere: nothing here may need a subgraph (nor the broker: no response cache).
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const settings = { PORT: '0', RESPONSE_CACHE_ENABLED: 'false', CASES_URL: nowhere, SUPPORTERS_URL: nowhere, QUERY_MAX_DEPTH: '8', QUERY_MAX_ALIASES: '3', CORS_EXTRA_ORIGINS: 'https://tools.example.org' };
    production = await startGateway(loadGatewayEnvironment({ ...settings, NODE_ENV: 'production', ...PRODUCTION_SECRETS }), testLogger());
    const tokens = { secret: PRODUCTION_SECRETS.JWT_SECRET, issuer: 'plume', audience: 'plume' };
    staffToken = await issueToken(tokens, { role: 'staff', subject: 'staff-1', section: 'BE-FR' });
    siteToken = await issueToken(tokens, { role: 'site', subject: 'site-dz', section: 'DZ' });
    development = await startGateway(loadGatewayEnvironment(settings), testLogger());
  });
  afterAll(async () => {
    await production?.stop();
    await development?.stop();
  });

  it('lets the case page operation through, by id or as its trusted text', async () => {
    const byId = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: CASE_PAGE_ID, variables: { slug: 'khaled-drareni' } }),
    });
    expect(errorCodes({ status: byId.status, ...((await byId.json()) as object) })).toEqual(['SERVICE_UNAVAILABLE']);
    const byText = await graphqlCall(production.url, (manifest as Record<string, string>)[CASE_PAGE_ID], { slug: 'khaled-drareni' });
    expect(errorCodes(byText)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(errorCodes(await graphqlCall(production.url, CASE_PAGE, { slug: 'khaled-drareni' }, { token: siteToken }))).toEqual(['FORBIDDEN']);
  });

  it('refuses operations that are not trusted documents to anonymous callers and section websites, not to staff', async () => {
    const free = '{ campaigns { code } }';
    const anonymous = await graphqlCall(production.url, free);
    expect(anonymous.status).toBe(403);
    expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphqlCall(production.url, free, {}, { token: siteToken }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await asStaff(free))).toEqual(['SERVICE_UNAVAILABLE']);
    expect(errorCodes(await graphqlCall(development.url, free))).toEqual(['SERVICE_UNAVAILABLE']);
    const unknown = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: 'f'.repeat(64) }) });
    expect(unknown.status).toBe(400);
  });

  it('refuses a query that is too deep without saying where the limit is', async () => {
    const deep = `{ campaigns { cases { edges { node { campaigns { cases { edges { node { campaigns { code } } } } } } } } } }`;
    const response = await asStaff(deep);
    expect(response.data).toBeUndefined();
    expect(errorCodes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toContain('too many nested levels');
    expect(JSON.stringify(response.errors)).not.toMatch(/\b8\b/);
  });

  it('refuses too many aliases', async () => {
    const aliased = `{ a: campaigns { code } b: campaigns { code } c: campaigns { code } d: campaigns { code } e: campaigns { code } }`;
    const response = await asStaff(aliased);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].message).toContain('too many aliases');
    expect(JSON.stringify(response.errors)).not.toMatch(/\b3\b/);
  });

  it('has no introspection and no field suggestions in production, both in development', async () => {
    const introspection = `{ __schema { queryType { name } } }`;
    expect(errorCodes(await asStaff(introspection))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await graphqlCall<{ __schema: unknown }>(development.url, introspection)).data?.__schema).toBeDefined();

    const typo = `{ campaignz { code } }`;
    expect(JSON.stringify((await asStaff(typo)).errors)).not.toContain('Did you mean');
    expect(JSON.stringify((await graphqlCall(development.url, typo)).errors)).toContain('Did you mean');
  });

  it('refuses batched requests and oversized bodies', async () => {
    const batch = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ campaigns { code } }' }, { query: '{ campaigns { code } }' }]),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ campaigns { code } }`, variables: { padding: 'x'.repeat(100 * 1024) } }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const simple = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ campaigns { code } }"}' });
    expect(simple.status).toBe(400);
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(production.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    const allowed = await preflight('https://tools.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://tools.example.org');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});
