import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { issueToken } from '@plume/auth';
import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, graphqlCall, testKafkaConnection, testLogger, uniqueName } from '@plume/testing';
import { ADMIN, startPlatform, TOKENS, type Platform } from './support/platform';

const CASE_PAGE = readFileSync(resolve(__dirname, '../../gateway/operations/case-page.graphql'), 'utf8');

interface CasePage {
  case: {
    id: string;
    personName: string;
    country: string;
    summary: string;
    campaigns: { code: string; name: string }[];
    targets: { title: string; address: { locality: string; country: string } }[];
    letterTemplates: { language: string; subject: string; body: string; target: { title: string } | null }[];
  };
}

/**
 * The walking skeleton end to end: the built cases subgraph and gateway as real processes, seeded
 * with the demo data, PostgreSQL and the Kafka broker for real.
 */
describe('case page through the gateway', () => {
  let platform: Platform;
  let gatewayUrl: string;
  let reader: EventReader;

  beforeAll(async () => {
    // These tests watch what a reader gets when a subgraph is down: every read must reach the subgraphs,
    // not the gateway's response cache (which keeps serving a complete page it has; see response-cache.e2e-spec.ts).
    platform = await startPlatform('e2e_case_page', { env: { gateway: { RESPONSE_CACHE_ENABLED: 'false' } } });
    gatewayUrl = platform.gatewayUrl;
    const kafka = createKafka(await testKafkaConnection('e2e'), testLogger());
    reader = await startEventReader(kafka, [Topic.Cases], uniqueName('e2e-reader'));
  }, 180_000);

  afterAll(async () => {
    await reader?.stop();
    await platform?.stop();
  }, 60_000);

  it('answers the French case page of the Algerian journalist with campaign, targets and a letter template', async () => {
    const response = await graphqlCall<CasePage>(gatewayUrl, CASE_PAGE, { slug: 'khaled-drareni', language: 'fr' });
    expect(response.errors).toBeUndefined();
    const page = response.data!.case;
    expect(page.personName).toBe('Khaled Drareni');
    expect(page.country).toBe('DZ');
    expect(page.summary).toMatch(/journaliste/i);
    expect(page.campaigns).toEqual([expect.objectContaining({ code: 'W4R-2020', name: expect.stringContaining('Marathon des lettres') })]);
    expect(page.targets.length).toBeGreaterThan(0);
    expect(page.targets[0].address.country).toBe('DZ');
    expect(page.letterTemplates.length).toBeGreaterThan(0);
    expect(page.letterTemplates.every((template) => template.language === 'fr')).toBe(true);
    expect(page.letterTemplates[0].target).not.toBeNull();
  });

  it('publishes case.created.v1 for the seeded case on plume.cases, with CloudEvents headers and no personal data', async () => {
    const { data } = await graphqlCall<CasePage>(gatewayUrl, CASE_PAGE, { slug: 'khaled-drareni' });
    const caseId = data!.case.id;
    const created = await reader.waitFor((r) => r.key === caseId && r.event.type === 'org.plume.case.created.v1', 30_000);
    expect(created.headers).toMatchObject({ ce_specversion: '1.0', ce_type: 'org.plume.case.created.v1', ce_source: '/plume/cases', ce_subject: `case/${caseId}` });
    expect(created.event.data).toMatchObject({ caseId, slug: 'khaled-drareni', country: 'DZ', campaignCodes: ['W4R-2020'] });
    expect(JSON.stringify(created.event.data)).not.toMatch(/Drareni|Khaled/);
  });

  it('forwards an admin token to the subgraph, and refuses anonymous mutations and forged tokens', async () => {
    const mutation = `mutation { publishCaseUpdate(input: { caseId: "${(await graphqlCall<CasePage>(gatewayUrl, CASE_PAGE, { slug: 'khaled-drareni' })).data!.case.id}",
      title: [{ language: "fr", text: "Khaled Drareni a reçu votre soutien" }], body: [{ language: "fr", text: "Merci." }] }) { id language } }`;
    expect(errorCodes(await graphqlCall(gatewayUrl, mutation))).toEqual(['UNAUTHENTICATED']);

    const forged = await issueToken({ ...TOKENS, secret: 'not-the-secret-of-this-deployment-000000' }, { role: 'admin', subject: 'mallory' });
    const refused = await graphqlCall(gatewayUrl, mutation, {}, { token: forged });
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);

    const accepted = await platform.call<{ publishCaseUpdate: { language: string } }>(mutation, {}, ADMIN);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.publishCaseUpdate.language).toBe('fr');
  });

  it('answers bad input with BAD_USER_INPUT through the gateway', async () => {
    const response = await platform.call(`mutation { createCampaign(input: { code: "not a code!", kind: URGENT_ACTION, names: [], startsOn: "2020-11-20" }) { id } }`, {}, ADMIN);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('input.code');
  });

  it('masks a subgraph that is down: a clear error, no internal address', async () => {
    await platform.service('cases').kill();
    const response = await graphqlCall(gatewayUrl, CASE_PAGE, { slug: 'khaled-drareni' });
    expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    const body = JSON.stringify(response);
    expect(body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|stack/i);
    await platform.restart('cases');
    expect((await graphqlCall(gatewayUrl, CASE_PAGE, { slug: 'khaled-drareni' })).errors).toBeUndefined();
  });

  it('answers with partial data when one subgraph is down, and recovers when it returns', async () => {
    // A case with a handover in the demo data, so that "recovered" means its handovers are back, not just a list.
    type Page = { case: Record<string, unknown> & { personName: string; deliveries: { status: string }[] | null } };
    const page = () => graphqlCall<Page>(gatewayUrl, CASE_PAGE, { slug: 'teodora-del-carmen-vasquez' });
    const before = await page();
    expect(before.errors).toBeUndefined();
    expect(before.data!.case.deliveries).toEqual([expect.objectContaining({ status: 'DELIVERED' })]);

    await platform.service('deliveries').kill();
    const partial = await page();
    // Only what the deliveries subgraph adds is missing; cases, actions and supporters answer as before.
    expect(partial.data!.case).toEqual({ ...before.data!.case, deliveries: null });
    expect(errorCodes(partial)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(partial.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|stack/i);

    await platform.restart('deliveries');
    const recovered = await page();
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data).toEqual(before.data);
  });
});
