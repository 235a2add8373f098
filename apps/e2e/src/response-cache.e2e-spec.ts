import { randomUUID } from 'node:crypto';
import { issueToken } from '@plume/auth';
import { subgraphCaller, waitFor, type SubgraphCall } from '@plume/testing';
import { SERVICES } from '@plume/service-catalog';
import { operation } from './support/operations';
import { SITE_DZ, STAFF_BE_FR, startPlatform, TOKENS, type Platform } from './support/platform';

const GATEWAY_CREDENTIAL = 'e2e-response-cache-gateway-credential';
const CASE_PAGE = operation('case-page');
const VARIABLES = { slug: 'khaled-drareni', language: 'fr' };

interface CasePage {
  case: { id: string; actionStats: { signatures: number } };
}
interface Read {
  cache: string | null;
  cacheControl: string | null;
  signatures: number;
  id: string;
}

/**
 * The gateway's response cache on the whole platform: a public case page is served from the cache, an
 * event about the case (a signature taken by the actions subgraph) drops it, a signature through the
 * gateway drops a quiet page at once (a busy one when its invalidation window ends), and staff are
 * never served from it. The TTL is five minutes here, so only
 * an invalidation can explain a fresh counter.
 */
describe('response cache of public reads', () => {
  let platform: Platform;
  let actions: SubgraphCall;

  beforeAll(async () => {
    const env: Record<string, Record<string, string>> = Object.fromEntries(SERVICES.map((service) => [service.name, { GATEWAY_CREDENTIAL }]));
    env.gateway = { ...env.gateway, RESPONSE_CACHE_TTL_SECONDS: '300' };
    platform = await startPlatform('e2e_response_cache', { env });
    actions = subgraphCaller(`http://127.0.0.1:${platform.port('actions')}/graphql`, {
      JWT_SECRET: TOKENS.secret,
      JWT_ISSUER: TOKENS.issuer,
      JWT_AUDIENCE: TOKENS.audience,
      GATEWAY_CREDENTIAL,
    });
    // The cache serves nothing until the gateway is in its consumer group, hearing every event.
    const ready = platform.gatewayUrl.replace(/\/graphql$/, '/ready');
    await waitFor('the gateway to hear the events', async () => ((await (await fetch(ready)).json()) as { checks: Record<string, string> }).checks['response-cache-events'] === 'up');
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  /** The case page as a section website's visitor (anonymous) or a staff tool reads it, with the cache's headers. */
  async function read(token?: string, variables: Record<string, string> = VARIABLES): Promise<Read> {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: CASE_PAGE, variables }),
    });
    const body = (await response.json()) as { data: CasePage; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { cache: response.headers.get('x-plume-cache'), cacheControl: response.headers.get('cache-control'), signatures: body.data.case.actionStats.signatures, id: body.data.case.id };
  }

  const signature = (caseId: string) => ({
    caseId,
    signer: { name: 'Amel K.', email: `amel.${randomUUID()}@example.org`, country: 'DZ' },
    consent: { accepted: true, textVersion: '2020-11', language: 'fr' },
    idempotencyKey: randomUUID(),
  });

  it('serves the second anonymous read from the cache, and a signature announced by its event drops it', async () => {
    const first = await read();
    expect(first.cache).toBe('miss');
    const second = await read();
    expect(second).toMatchObject({ cache: 'hit', signatures: first.signatures });
    expect(second.cacheControl).toMatch(/^public, max-age=\d+$/);

    // Signed at the actions subgraph itself: the gateway can only learn it from plume.actions.
    const signed = await actions<{ signPetition: { accepted: boolean } }>(operation('sign-petition'), signature(first.id), SITE_DZ);
    expect(signed.data?.signPetition.accepted).toBe(true);
    const fresh = await waitFor('the case page to show the new signature', async () => {
      const page = await read();
      return page.signatures === first.signatures + 1 && page;
    });
    expect(fresh.cache).toBe('miss');
    expect(await read()).toMatchObject({ cache: 'hit', signatures: first.signatures + 1 });
  });

  it('drops a quiet page at once when the signature goes through the gateway, a busy one when its invalidation window ends', async () => {
    // A case nothing has touched since the gateway started: its first change applies at once.
    const quiet = { slug: 'teodora-del-carmen-vasquez', language: 'fr' };
    const before = await read(undefined, quiet);
    expect(await read(undefined, quiet)).toMatchObject({ cache: 'hit', signatures: before.signatures });
    const signed = await platform.call<{ signPetition: { accepted: boolean } }>(operation('sign-petition'), signature(before.id), SITE_DZ);
    expect(signed.data?.signPetition.accepted).toBe(true);
    expect(await read(undefined, quiet)).toMatchObject({ cache: 'miss', signatures: before.signatures + 1 });
    // Busy now: further changes within RESPONSE_CACHE_INVALIDATION_WINDOW_MS drop it once, when the window ends.
    const again = await platform.call<{ signPetition: { accepted: boolean } }>(operation('sign-petition'), signature(before.id), SITE_DZ);
    expect(again.data?.signPetition.accepted).toBe(true);
    await waitFor('the second signature on the page', async () => (await read(undefined, quiet)).signatures === before.signatures + 2, 15_000);
  });

  it('never serves staff from the cache', async () => {
    // The event of the previous test's signature may still come and drop the page once.
    await waitFor('the page to be cached', async () => (await read()).cache === 'hit');
    const staffToken = await issueToken(TOKENS, STAFF_BE_FR);
    for (let i = 0; i < 2; i++) expect(await read(staffToken)).toMatchObject({ cache: 'bypass', cacheControl: 'private, no-store' });
  });
});
