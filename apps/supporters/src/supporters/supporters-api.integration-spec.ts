import { errorCodes, type GraphqlResponse } from '@plume/testing';
import { DEMO_SECTIONS } from '../seed/demo-data';
import {
  ADMIN,
  ANALYST,
  SITE_BE_FR,
  SITE_DZ,
  STAFF_BE_FR,
  STAFF_DZ,
  startSupportersTestService,
  type SupportersTestService,
} from '../test-support/supporters-test-service';

const SAVE_SECTION = `mutation($input: SaveSectionInput!) { saveSection(input: $input) { code } }`;
const REGISTER = `mutation($input: RegisterSupporterInput!) { registerSupporter(input: $input) { supporterId } }`;
const SUPPORTER = `query($id: ID!) { supporter(id: $id) { id givenName familyName email phone status commitment language
  postalAddress { street postalCode locality country } consents { purpose granted textVersion textLanguage source } } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Supporter { id givenName email } } }`;

const registration = (email: string, overrides: Record<string, unknown> = {}) => ({
  language: 'fr',
  givenName: 'Amélie',
  familyName: 'Verhoeven',
  email,
  postalAddress: { street: 'Rue Haute 150', postalCode: '1000', locality: 'Bruxelles', country: 'BE' },
  phone: '+32 2 000 00 00',
  commitment: 'A_LOT',
  consentTextVersion: '2024-01',
  consents: [
    { purpose: 'EMAIL_CONTACT', granted: true },
    { purpose: 'POSTAL_MAIL', granted: true },
    { purpose: 'SHARING_WITH_SECTION', granted: true },
  ],
  ...overrides,
});

type Receipt = GraphqlResponse<{ registerSupporter: { supporterId: string } }>;

describe('supporters subgraph: sign-up, de-duplication, privacy (real PostgreSQL and Kafka)', () => {
  let service: SupportersTestService;

  beforeAll(async () => {
    service = await startSupportersTestService('supporters_api');
    for (const section of DEMO_SECTIONS) expect((await service.call(SAVE_SECTION, { input: section }, ADMIN)).errors).toBeUndefined();
  });
  afterAll(() => service?.stop());

  const register = (input: Record<string, unknown>, as = SITE_BE_FR): Promise<Receipt> => service.call(REGISTER, { input }, as);
  const rowCounts = async () => ({
    supporters: await service.count('SELECT count(*) FROM supporter'),
    consents: await service.count('SELECT count(*) FROM consent'),
    events: await service.count('SELECT count(*) FROM outbox'),
  });

  it('registers a supporter from the section website, with consents and events that name nobody', async () => {
    const response = await register(registration('amelie.verhoeven@example.org'));
    expect(response.errors).toBeUndefined();
    const { supporterId } = response.data!.registerSupporter;

    const events: { event_type: string; data: Record<string, unknown> }[] = await service.dataSource.query(
      'SELECT event_type, data FROM outbox WHERE aggregate_id = $1 ORDER BY position',
      [supporterId],
    );
    expect(events.map((e) => e.event_type)).toEqual([
      'org.plume.supporter.registered.v1',
      ...Array(3).fill('org.plume.consent.changed.v1'),
    ]);
    expect(events[0].data).toEqual({ supporterId, section: 'BE-FR', language: 'fr', commitment: 'A_LOT' });
    expect(JSON.stringify(events)).not.toMatch(/Amélie|Verhoeven|example\.org|Rue Haute/);
  });

  it('de-duplicates the same email in the section: one supporter, consents updated, the same answer shape', async () => {
    const first = await register(registration('Jan.Peeters@Example.org', { givenName: 'Jan', familyName: 'Peeters' }));
    const before = await rowCounts();
    // Registering again (another case of letters, consent to sharing withdrawn, a stranger's name) changes the consents only.
    const second = await register(
      registration(' jan.peeters@example.org ', {
        givenName: 'Someone',
        familyName: 'Else',
        consentTextVersion: '2024-06',
        consents: [
          { purpose: 'EMAIL_CONTACT', granted: true },
          { purpose: 'POSTAL_MAIL', granted: true },
          { purpose: 'SHARING_WITH_SECTION', granted: false },
        ],
      }),
    );
    expect(second.errors).toBeUndefined();
    expect(Object.keys(second.data!.registerSupporter)).toEqual(Object.keys(first.data!.registerSupporter));
    expect(second.data!.registerSupporter.supporterId).toBe(first.data!.registerSupporter.supporterId);
    const after = await rowCounts();
    expect(after.supporters).toBe(before.supporters);
    expect(after.consents).toBe(before.consents + 3);

    const { data } = await service.call<{ supporter: { givenName: string; consents: { purpose: string; granted: boolean; textVersion: string }[] } }>(
      SUPPORTER,
      { id: first.data!.registerSupporter.supporterId },
      STAFF_BE_FR,
    );
    expect(data!.supporter.givenName).toBe('Jan');
    expect(data!.supporter.consents).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: 'SHARING_WITH_SECTION', granted: false, textVersion: '2024-06' })]),
    );

    // The same registration a third time records nothing new.
    await register(registration('jan.peeters@example.org', { consentTextVersion: '2024-06', consents: [{ purpose: 'EMAIL_CONTACT', granted: true }, { purpose: 'POSTAL_MAIL', granted: true }] }));
    expect(await rowCounts()).toEqual(after);

    // The same person signing up with another section is that section's supporter.
    const dz = await register(registration('jan.peeters@example.org', { postalAddress: { street: 'Rue Didouche Mourad 10', postalCode: '16000', locality: 'Alger', country: 'DZ' } }), SITE_DZ);
    expect(dz.data!.registerSupporter.supporterId).not.toBe(first.data!.registerSupporter.supporterId);
  });

  it('answers BAD_USER_INPUT without consent, with a malformed email, an over-long name or an unknown country, and writes nothing', async () => {
    const before = await rowCounts();
    const attempts: [Record<string, unknown>, string][] = [
      [registration('no-consent@example.org', { consents: [] }), 'input.consents'],
      [registration('no-postal@example.org', { consents: [{ purpose: 'EMAIL_CONTACT', granted: true }] }), 'input.consents'],
      [registration('not-an-email@'), 'input.email'],
      [registration('long-name@example.org', { familyName: 'x'.repeat(101) }), 'input.familyName'],
      [registration('nowhere@example.org', { postalAddress: { street: 'Nowhere 1', postalCode: '1000', locality: 'Nowhere', country: 'XX' } }), 'input.postalAddress.country'],
      [registration('bad-postcode@example.org', { postalAddress: { street: 'Rue Haute 150', postalCode: '100', locality: 'Bruxelles', country: 'BE' } }), 'input.postalAddress.postalCode'],
      [registration('no-version@example.org', { consentTextVersion: ' ' }), 'input.consentTextVersion'],
      [registration('english@example.org', { language: 'en' }), 'input.language'],
    ];
    for (const [input, field] of attempts) {
      const response = await register(input);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect((response.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field)).toContain(field);
      expect(response.errors![0].message).not.toContain('@example.org');
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('lets staff of the section read their supporter; staff of another section, analysts, websites and anonymous callers cannot', async () => {
    const { data } = await register(registration('lucie.martin@example.org', { givenName: 'Lucie', familyName: 'Martin' }));
    const id = data!.registerSupporter.supporterId;

    const staff = await service.call<{ supporter: { email: string; postalAddress: { locality: string } } }>(SUPPORTER, { id }, STAFF_BE_FR);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.supporter).toMatchObject({ email: 'lucie.martin@example.org', postalAddress: { locality: 'Bruxelles' } });

    const otherSection = await service.call<{ supporter: unknown }>(SUPPORTER, { id }, STAFF_DZ);
    expect(otherSection.errors).toBeUndefined();
    expect(otherSection.data!.supporter).toBeNull();
    expect(errorCodes(await service.call(SUPPORTER, { id }, ANALYST))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(SUPPORTER, { id }, SITE_BE_FR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(SUPPORTER, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await service.call(`{ supporters { totalCount } }`, {}, ANALYST))).toEqual(['FORBIDDEN']);

    // _entities is how the gateway resolves a Supporter reference: the same rules apply there.
    const representations = [{ __typename: 'Supporter', id }];
    const viaEntities = await service.call<{ _entities: ({ email: string } | null)[] }>(ENTITIES, { representations }, STAFF_BE_FR);
    expect(viaEntities.data!._entities).toEqual([{ id, givenName: 'Lucie', email: 'lucie.martin@example.org' }]);
    const dz = await service.call<{ _entities: unknown[] }>(ENTITIES, { representations }, STAFF_DZ);
    expect(dz.data!._entities).toEqual([null]);
    for (const [caller, code] of [[ANALYST, 'FORBIDDEN'], [SITE_DZ, 'FORBIDDEN'], [undefined, 'UNAUTHENTICATED']] as const) {
      const refused = await service.call<{ _entities: unknown[] }>(ENTITIES, { representations }, caller);
      expect(errorCodes(refused)).toEqual([code]);
      expect(JSON.stringify(refused)).not.toMatch(/Lucie|lucie\.martin/);
    }
  });

  it('pages staff through their own section only, with name, email and status filters and a cursor', async () => {
    for (const [givenName, familyName] of [['Chloé', 'Claes'], ['Anne', 'Aerts'], ['Bruno', 'Bastin']]) {
      const registered = await register(registration(`${familyName.toLowerCase()}@paging.example.org`, { givenName, familyName }));
      expect(registered.errors).toBeUndefined();
    }
    const query = `query($filter: SupporterFilter, $after: String) { supporters(filter: $filter, first: 2, after: $after) {
      totalCount edges { node { familyName } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { supporters: { totalCount: number; edges: { node: { familyName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const filter = { email: 'PAGING.example.org', status: 'ACTIVE' };
    const first = await service.call<Page>(query, { filter }, STAFF_BE_FR);
    expect(first.data!.supporters.totalCount).toBe(3);
    expect(first.data!.supporters.edges.map((e) => e.node.familyName)).toEqual(['Aerts', 'Bastin']);
    const second = await service.call<Page>(query, { filter, after: first.data!.supporters.pageInfo.endCursor }, STAFF_BE_FR);
    expect(second.data!.supporters.edges.map((e) => e.node.familyName)).toEqual(['Claes']);
    expect(second.data!.supporters.pageInfo.hasNextPage).toBe(false);

    const byName = await service.call<Page>(query, { filter: { name: 'chloé cl' } }, STAFF_BE_FR);
    expect(byName.data!.supporters.edges.map((e) => e.node.familyName)).toEqual(['Claes']);
    const dz = await service.call<Page>(query, { filter }, STAFF_DZ);
    expect(dz.data!.supporters.totalCount).toBe(0);
    expect(errorCodes(await service.call(query, { after: 'garbage' }, STAFF_BE_FR))).toEqual(['BAD_USER_INPUT']);
  });

  it('lets staff update, pause and resume their supporter, and refuses it to everyone else', async () => {
    const { data } = await register(registration('paul.dubois@example.org', { givenName: 'Paul', familyName: 'Dubois' }));
    const id = data!.registerSupporter.supporterId;
    const update = `mutation($id: ID!, $input: UpdateSupporterInput!) { updateSupporter(id: $id, input: $input) { email phone commitment postalAddress { locality } } }`;
    const changed = await service.call(update, { id, input: { email: 'Paul.Dubois@Example.net', phone: null, commitment: 'PASSIONATELY', postalAddress: { street: 'Rue de la Loi 16', postalCode: '1000', locality: 'Bruxelles', country: 'BE' } } }, STAFF_BE_FR);
    expect(changed.data).toEqual({ updateSupporter: { email: 'paul.dubois@example.net', phone: null, commitment: 'PASSIONATELY', postalAddress: { locality: 'Bruxelles' } } });
    // The new email is the one registration now recognises.
    expect((await register(registration('paul.dubois@example.net'))).data!.registerSupporter.supporterId).toBe(id);
    // Another supporter's email: CONFLICT, and no email in the message.
    const taken = await service.call(update, { id, input: { email: 'lucie.martin@example.org' } }, STAFF_BE_FR);
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(taken.errors![0].message).not.toContain('lucie');

    expect(errorCodes(await service.call(update, { id, input: { commitment: 'A_LITTLE' } }, STAFF_DZ))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.call(update, { id, input: { commitment: 'A_LITTLE' } }, SITE_BE_FR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(update, { id, input: { givenName: '' } }, STAFF_BE_FR))).toEqual(['BAD_USER_INPUT']);

    const pause = `mutation($id: ID!) { pauseSupporter(id: $id) { status } }`;
    expect((await service.call(pause, { id }, STAFF_BE_FR)).data).toEqual({ pauseSupporter: { status: 'PAUSED' } });
    expect(errorCodes(await service.call(pause, { id }, STAFF_BE_FR))).toEqual(['BAD_USER_INPUT']);
    expect((await service.call(`mutation($id: ID!) { resumeSupporter(id: $id) { status } }`, { id }, STAFF_BE_FR)).data).toEqual({ resumeSupporter: { status: 'ACTIVE' } });
  });

  it('shows sections to everyone and supporter counts to analysts and the section staff only', async () => {
    const sections = await service.call<{ sections: { code: string; languages: string[] }[] }>(`{ sections { code name languages websiteOrigins } }`);
    expect(sections.data!.sections.map((s) => s.code)).toEqual(['BE-FR', 'DZ']);
    const counts = `{ section(code: "be-fr") { supporterCount } }`;
    expect((await service.call<{ section: { supporterCount: number } }>(counts, {}, ANALYST)).data!.section.supporterCount).toBeGreaterThan(5);
    expect(errorCodes(await service.call(counts, {}, STAFF_DZ))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(counts))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await service.call(SAVE_SECTION, { input: { ...DEMO_SECTIONS[0], websiteOrigins: ['https://www.amnesty.be/path'] } }, ADMIN))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.call(SAVE_SECTION, { input: DEMO_SECTIONS[0] }, STAFF_BE_FR))).toEqual(['FORBIDDEN']);
  });
});
