import { Client } from 'pg';
import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName } from '@plume/testing';
import { ADMIN, SITE_DZ, STAFF_BE_FR, startCasesTestService, type CasesTestService } from '../test-support/cases-test-service';

const CREATE_CASE = `mutation Create($input: CreateCaseInput!) { createCase(input: $input) { id slug status published } }`;
const CASE_PAGE = `query Page($slug: String!, $language: String) {
  case(slug: $slug) { personName summary(language: $language) petitionText(language: $language) status statusChangedOn campaigns { code name(language: $language) } }
}`;

const newCase = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  personName: 'Su Changlan',
  country: 'CN',
  themes: ['womens-rights', 'democracy'],
  defaultLanguage: 'fr',
  summary: [{ language: 'fr', text: 'Militante des droits des femmes emprisonnée.' }, { language: 'en', text: "Jailed women's rights activist." }],
  story: [{ language: 'fr', text: 'Son histoire.' }],
  petitionText: [{ language: 'fr', text: 'Libérez Su Changlan.' }],
  campaignCodes: ['IAR-TEST'],
  published: true,
  ...overrides,
});

describe('cases subgraph API (real PostgreSQL and Kafka)', () => {
  let service: CasesTestService;
  let reader: EventReader;

  beforeAll(async () => {
    service = await startCasesTestService('cases_api');
    const kafka = createKafka(await testKafkaConnection('cases-api-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Cases], uniqueName('cases-api-reader'));
    const campaign = await service.call(
      `mutation { createCampaign(input: { code: "IAR-TEST", kind: INDIVIDUAL_AT_RISK, names: [{ language: "fr", text: "Agir pour une personne en danger" }], startsOn: "2016-01-01", status: ACTIVE }) { code } }`,
      {},
      ADMIN,
    );
    expect(campaign.errors).toBeUndefined();
  });
  afterAll(async () => {
    await reader?.stop();
    await service?.stop();
  });

  const outboxCount = async () => {
    const client = new Client({ connectionString: service.database.url });
    await client.connect();
    try {
      return (await client.query('SELECT count(*)::int AS n FROM outbox')).rows[0].n as number;
    } finally {
      await client.end();
    }
  };

  it('creates a case for an admin and publishes case.created.v1 with CloudEvents headers and no personal data', async () => {
    const created = await service.call<{ createCase: { id: string; status: string } }>(CREATE_CASE, { input: newCase('su-changlan') }, ADMIN);
    expect(created.errors).toBeUndefined();
    const caseId = created.data!.createCase.id;
    expect(created.data!.createCase.status).toBe('ACTIVE');

    const received = await reader.waitFor((r) => r.key === caseId && r.event.type === 'org.plume.case.created.v1');
    expect(received.headers).toMatchObject({ ce_specversion: '1.0', ce_source: '/plume/cases', ce_subject: `case/${caseId}`, 'content-type': 'application/json' });
    expect(received.event.data).toEqual({
      caseId,
      slug: 'su-changlan',
      country: 'CN',
      themes: ['womens-rights', 'democracy'],
      published: true,
      campaignCodes: ['IAR-TEST'],
      status: 'ACTIVE',
      defaultLanguage: 'fr',
    });
    expect(JSON.stringify(received.event.data)).not.toContain('Changlan');
  });

  it('serves the case page in the requested language and falls back to the default language', async () => {
    const english = await service.call<{ case: { summary: string; petitionText: string } }>(CASE_PAGE, { slug: 'su-changlan', language: 'en' });
    expect(english.data!.case.summary).toBe("Jailed women's rights activist.");
    expect(english.data!.case.petitionText).toBe('Libérez Su Changlan.');
    const arabic = await service.call<{ case: { summary: string } }>(CASE_PAGE, { slug: 'su-changlan', language: 'ar' });
    expect(arabic.data!.case.summary).toBe('Militante des droits des femmes emprisonnée.');
  });

  it('records a release with its date and publishes case.status-changed.v1', async () => {
    const { data } = await service.call<{ case: { id: string } }>(`{ case(slug: "su-changlan") { id } }`);
    const caseId = data!.case.id;
    const changed = await service.call(
      `mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { status statusChangedOn } }`,
      { input: { caseId, status: 'RELEASED', effectiveOn: '2017-10-26' } },
      ADMIN,
    );
    expect(changed.data).toEqual({ changeCaseStatus: { status: 'RELEASED', statusChangedOn: '2017-10-26' } });
    const event = await reader.waitFor((r) => r.key === caseId && r.event.type === 'org.plume.case.status-changed.v1');
    expect(event.event.data).toEqual({ caseId, previousStatus: 'ACTIVE', status: 'RELEASED', effectiveOn: '2017-10-26' });

    const again = await service.call(
      `mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { status } }`,
      { input: { caseId, status: 'RELEASED', effectiveOn: '2017-10-26' } },
      ADMIN,
    );
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers bad input with BAD_USER_INPUT listing every invalid field, and writes nothing', async () => {
    const before = await outboxCount();
    const response = await service.call(
      CREATE_CASE,
      { input: newCase('Not A Slug', { country: 'XX', defaultLanguage: 'french', moreInfoUrl: 'javascript:alert(1)', campaignCodes: [] }) },
      ADMIN,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const fields = (response.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.slug', 'input.country', 'input.defaultLanguage', 'input.moreInfoUrl']));
    expect(await outboxCount()).toBe(before);
  });

  it('refuses an unknown campaign code, a duplicate slug and an unknown case with clear codes', async () => {
    expect(errorCodes(await service.call(CREATE_CASE, { input: newCase('teodora', { campaignCodes: ['NOPE-1'] }) }, ADMIN))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.call(CREATE_CASE, { input: newCase('su-changlan') }, ADMIN))).toEqual(['CONFLICT']);
    const missing = await service.call(
      `mutation { updateCase(id: "00000000-0000-4000-8000-000000000000", input: { published: false }) { id } }`,
      {},
      ADMIN,
    );
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    // An id that is not even a UUID names nothing: null or NOT_FOUND, never a database error.
    expect(await service.call(`{ case(id: "not-a-uuid") { id } }`)).toMatchObject({ data: { case: null } });
    expect(errorCodes(await service.call(`mutation { updateCase(id: "not-a-uuid", input: { published: false }) { id } }`, {}, ADMIN))).toEqual(['NOT_FOUND']);
    const entities = await service.call(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id } } }`, { r: [{ __typename: 'Case', id: 'x' }] });
    expect(entities.errors).toBeUndefined();
  });

  it('lets no anonymous caller, section website or staff member mutate cases', async () => {
    const input = { input: newCase('hamid-babaei', { personName: 'Hamid Babaei', country: 'IR' }) };
    expect(errorCodes(await service.call(CREATE_CASE, input))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await service.call(CREATE_CASE, input, SITE_DZ))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(CREATE_CASE, input, STAFF_BE_FR))).toEqual(['FORBIDDEN']);
    const { data } = await service.call<{ case: null }>(`{ case(slug: "hamid-babaei") { id } }`, {}, ADMIN);
    expect(data!.case).toBeNull();
  });

  it('hides unpublished cases from the public and shows them to staff', async () => {
    await service.call(CREATE_CASE, { input: newCase('draft-case', { published: false }) }, ADMIN);
    expect((await service.call<{ case: unknown }>(`{ case(slug: "draft-case") { id } }`)).data!.case).toBeNull();
    expect((await service.call<{ case: unknown }>(`{ case(slug: "draft-case") { id } }`, {}, SITE_DZ)).data!.case).toBeNull();
    expect((await service.call<{ case: { id: string } }>(`{ case(slug: "draft-case") { id } }`, {}, STAFF_BE_FR)).data!.case).not.toBeNull();
    const translations = await service.call(`{ case(slug: "su-changlan") { translations { language summary } } }`);
    expect(errorCodes(translations)).toEqual(['UNAUTHENTICATED']);
  });

  it('pages through cases with a cursor and filters by campaign and status', async () => {
    for (const slug of ['case-a', 'case-b', 'case-c']) {
      await service.call(CREATE_CASE, { input: newCase(slug, { personName: `Person ${slug}` }) }, ADMIN);
    }
    const query = `query($after: String) { cases(filter: { campaignCode: "IAR-TEST", status: ACTIVE }, first: 2, after: $after) {
      totalCount edges { node { slug } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { cases: { totalCount: number; edges: { node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await service.call<Page>(query);
    expect(first.data!.cases.totalCount).toBe(3);
    expect(first.data!.cases.edges.map((e) => e.node.slug)).toEqual(['case-a', 'case-b']);
    expect(first.data!.cases.pageInfo.hasNextPage).toBe(true);
    const second = await service.call<Page>(query, { after: first.data!.cases.pageInfo.endCursor });
    expect(second.data!.cases.edges.map((e) => e.node.slug)).toEqual(['case-c']);
    expect(second.data!.cases.pageInfo.hasNextPage).toBe(false);
    expect(errorCodes(await service.call(query, { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
    const forged = Buffer.from(JSON.stringify(['Person case-a', "x' OR 1=1"])).toString('base64url');
    expect(errorCodes(await service.call(query, { after: forged }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses calls that do not come through the gateway', async () => {
    const response = await fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ campaigns { code } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });
});
