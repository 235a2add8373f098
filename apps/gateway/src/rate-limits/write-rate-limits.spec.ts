import { issueToken } from '@plume/auth';
import type { RunningServer } from '@plume/server';
import { errorCodes, freePort, graphqlCall, testLogger } from '@plume/testing';
import { startGateway } from '../app';
import { loadGatewayEnvironment, type GatewayEnvironment } from '../environment';

const SIGN = (alias: string, email: string) =>
  `${alias}: signPetition(caseId: "00000000-0000-4000-8000-000000000001", signer: { name: "N", email: "${email}", country: "DZ" }, consent: { accepted: true, textVersion: "2020-11", language: "fr" }, idempotencyKey: "${alias}") { accepted }`;

/**
 * Rate limits on public writes, decided in the gateway before any subgraph is called (the subgraphs
 * here point nowhere: an allowed write answers SERVICE_UNAVAILABLE, a refused one RATE_LIMITED).
 */
describe('rate limits on public writes', () => {
  let gateway: RunningServer;
  let environment: GatewayEnvironment;

  beforeAll(async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    environment = loadGatewayEnvironment({
        PORT: '0',
        CASES_URL: nowhere,
        SUPPORTERS_URL: nowhere,
        ACTIONS_URL: nowhere,
        DELIVERIES_URL: nowhere,
        RATE_LIMIT_WRITES_PER_ADDRESS: '4',
        RATE_LIMIT_WRITES_PER_CONTACT: '2',
        // Writes are never cached; the response cache would only listen to the broker for nothing.
        RESPONSE_CACHE_ENABLED: 'false',
    });
    gateway = await startGateway(environment, testLogger());
  });
  afterAll(() => gateway?.stop());

  it('limits one person (contact reference) across requests, whatever the spelling of the email', async () => {
    expect(errorCodes(await graphqlCall(gateway.url, `mutation { ${SIGN('a', 'amina@example.org')} }`))).toEqual(['SERVICE_UNAVAILABLE']);
    expect(errorCodes(await graphqlCall(gateway.url, `mutation { ${SIGN('b', ' Amina@Example.org')} }`))).toEqual(['SERVICE_UNAVAILABLE']);
    const refused = await graphqlCall(gateway.url, `mutation { ${SIGN('c', 'amina@example.org')} }`);
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(JSON.stringify(refused)).not.toContain('amina');
  });

  it('counts aliased writes against the client address and says when to retry', async () => {
    const fields = ['d', 'e', 'f'].map((alias) => SIGN(alias, `${alias}@example.org`)).join(' ');
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { ${fields} }` }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  });

  it('does not limit staff (identified people working for their section)', async () => {
    const token = await issueToken(
      { secret: environment.JWT_SECRET, issuer: environment.JWT_ISSUER, audience: environment.JWT_AUDIENCE },
      { role: 'staff', subject: 'staff-1', section: 'BE-FR' },
    );
    const fields = ['g', 'h', 'i', 'j', 'k', 'l'].map((alias) => SIGN(alias, 'same@example.org')).join(' ');
    expect(errorCodes(await graphqlCall(gateway.url, `mutation { ${fields} }`, {}, { token }))).not.toContain('RATE_LIMITED');
  });

  it('does not count reads', async () => {
    for (let i = 0; i < 6; i += 1) expect(errorCodes(await graphqlCall(gateway.url, '{ campaigns { code } }'))).toEqual(['SERVICE_UNAVAILABLE']);
  });
});
