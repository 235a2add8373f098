import { randomUUID } from 'node:crypto';
import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { tokenHash } from '@plume/privacy';
import { errorCodes, testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import { periodOf } from '../feedback/feedback-period';
import { DEMO_SECTIONS } from '../seed/demo-data';
import { startCaseEventProducer, type CaseEventProducer } from '../test-support/case-events';
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

const ADOPT = `mutation($input: AdoptCaseInput!) { adoptCase(input: $input) { id status case { id } kit { status requestedAt } } }`;
const ADOPTER_COUNT = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Case { id adopterCount } } }`;
const ADOPTERS = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Case { adopters { id supporter { givenName email } } } } }`;
const KIT = `mutation($input: RecordKitStatusInput!) { recordKitStatus(input: $input) { kit { status shippedAt deliveredAt returnedAt } } }`;

type Adopted = { adoptCase: { id: string; status: string; case: { id: string }; kit: { status: string } } };

describe('supporters subgraph: adoptions, kits, monthly feedback, search by case, releases and closures (real PostgreSQL and Kafka)', () => {
  let service: SupportersTestService;
  let cases: CaseEventProducer;
  let reader: EventReader;
  const slug = uniqueName('khaled-drareni');
  let journalist: string;
  let otherCase: string;
  let releasedCase: string;
  let closedCase: string;
  let closingCase: string;
  let searchedCase: string;

  beforeAll(async () => {
    service = await startSupportersTestService('supporters_adoptions');
    for (const section of DEMO_SECTIONS) await service.call(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { code } }`, { input: section }, ADMIN);
    cases = await startCaseEventProducer();
    journalist = await cases.created(slug);
    otherCase = await cases.created(uniqueName('teodora'));
    releasedCase = await cases.created(uniqueName('su-changlan'));
    await cases.statusChanged(releasedCase, 'RELEASED');
    closedCase = await cases.created(uniqueName('moses-akatugba'));
    await cases.statusChanged(closedCase, 'CLOSED');
    closingCase = await cases.created(uniqueName('hamid-babaei'));
    searchedCase = await cases.created(uniqueName('ilham-tohti'));
    const expected: [string, string][] = [
      [journalist, 'ACTIVE'], [otherCase, 'ACTIVE'], [releasedCase, 'RELEASED'], [closedCase, 'CLOSED'], [closingCase, 'ACTIVE'], [searchedCase, 'ACTIVE'],
    ];
    await waitFor('the projection to know the cases, in their status', async () =>
      (await service.count(
        `SELECT count(*) FROM known_case k JOIN unnest($1::text[], $2::text[]) AS e(case_id, status) ON k.case_id::text = e.case_id AND k.status = e.status`,
        [expected.map(([id]) => id), expected.map(([, status]) => status)],
      )) === expected.length, 30_000);
    const kafka = createKafka(await testKafkaConnection('adoptions-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Supporters], uniqueName('adoptions-reader'));
  }, 60_000);
  afterAll(async () => {
    await reader?.stop();
    await cases?.stop();
    await service?.stop();
  });

  let counter = 0;
  const registerSupporter = async (as = SITE_BE_FR, country = 'BE'): Promise<string> => {
    counter += 1;
    const address = country === 'BE' ? { street: 'Rue Haute 150', postalCode: '1000', locality: 'Bruxelles', country } : { street: 'Rue Larbi Ben M’hidi 3', postalCode: '16000', locality: 'Alger', country };
    const response = await service.call<{ registerSupporter: { supporterId: string } }>(
      `mutation($input: RegisterSupporterInput!) { registerSupporter(input: $input) { supporterId } }`,
      {
        input: {
          language: 'fr', givenName: `Supporter${counter}`, familyName: 'Adoptant', email: `adoptant.${counter}@adoptions.example.org`, postalAddress: address,
          commitment: 'A_LITTLE', consentTextVersion: '2024-01', consents: [{ purpose: 'EMAIL_CONTACT', granted: true }, { purpose: 'POSTAL_MAIL', granted: true }],
        },
      },
      as,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.registerSupporter.supporterId;
  };
  const adopt = (supporterId: string, caseId: string, as = SITE_BE_FR) => service.call<Adopted>(ADOPT, { input: { supporterId, caseId } }, as);
  const adopterCount = async (caseId: string) =>
    (await service.call<{ _entities: { adopterCount: number }[] }>(ADOPTER_COUNT, { representations: [{ __typename: 'Case', id: caseId }] })).data!._entities[0].adopterCount;

  it('lets the section website adopt an active case for its supporter; the public adopter count rises', async () => {
    expect(await adopterCount(journalist)).toBe(0);
    const beFr = await registerSupporter();
    const adopted = await adopt(beFr, journalist);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data!.adoptCase).toMatchObject({ status: 'ACTIVE', case: { id: journalist }, kit: { status: 'REQUESTED' } });
    expect(await adopterCount(journalist)).toBe(1);

    await adopt(await registerSupporter(SITE_DZ, 'DZ'), journalist, SITE_DZ);
    expect(await adopterCount(journalist)).toBe(2);

    const event = await reader.waitFor((r) => r.event.type === 'org.plume.supporter.case-adopted.v1' && (r.event.data as { adoptionId: string }).adoptionId === adopted.data!.adoptCase.id);
    expect(event.event.data).toEqual({ adoptionId: adopted.data!.adoptCase.id, supporterId: beFr, section: 'BE-FR', caseId: journalist, startedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(event.key).toBe(beFr);
  });

  it('shows a case’s adopters to the staff of each section, their own only, and to nobody else', async () => {
    const representations = [{ __typename: 'Case', id: journalist }];
    type Adopters = { _entities: { adopters: { supporter: { email: string } }[] }[] };
    const beFr = await service.call<Adopters>(ADOPTERS, { representations }, STAFF_BE_FR);
    expect(beFr.data!._entities[0].adopters.map((a) => a.supporter.email)).toEqual(['adoptant.1@adoptions.example.org']);
    const dz = await service.call<Adopters>(ADOPTERS, { representations }, STAFF_DZ);
    expect(dz.data!._entities[0].adopters.map((a) => a.supporter.email)).toEqual(['adoptant.2@adoptions.example.org']);
    for (const [caller, code] of [[ANALYST, 'FORBIDDEN'], [SITE_BE_FR, 'FORBIDDEN'], [undefined, 'UNAUTHENTICATED']] as const) {
      const refused = await service.call(ADOPTERS, { representations }, caller);
      expect(errorCodes(refused)).toEqual([code]);
      expect(JSON.stringify(refused)).not.toContain('adoptions.example.org');
    }
  });

  it('refuses a released or a closed case with a BAD_USER_INPUT that says why, to adopt or to switch to, and writes nothing', async () => {
    const supporter = await registerSupporter();
    const current = (await adopt(supporter, otherCase)).data!.adoptCase.id;
    const written = async () => ({ adoptions: await service.count('SELECT count(*) FROM adoption'), events: await service.count('SELECT count(*) FROM outbox') });
    const before = await written();
    const SWITCH = `mutation($input: SwitchCaseInput!) { switchCase(input: $input) { id } }`;
    for (const [caseId, status, why] of [[releasedCase, 'RELEASED', 'the person was released'], [closedCase, 'CLOSED', 'action for this person has ended']]) {
      const refusals = [await adopt(supporter, caseId), await service.call(SWITCH, { input: { adoptionId: current, caseId } }, SITE_BE_FR)];
      for (const refused of refusals) {
        expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(refused.errors![0].message).toBe(`This case is ${status} (${why}): choose a person who still needs letters.`);
        expect(refused.errors![0].extensions!.invalidFields).toEqual([{ field: 'input.caseId', message: `the case is ${status}, only ACTIVE cases can be adopted` }]);
        expect(refused.data ?? null).toBeNull();
      }
    }
    expect(await written()).toEqual(before);
    // The refused switch ended nothing: its end and the new adoption are one transaction.
    expect(await service.count(`SELECT count(*) FROM adoption WHERE id = $1 AND status = 'ACTIVE'`, [current])).toBe(1);
  });

  it('refuses an unknown case as NOT_FOUND, a second adoption as CONFLICT, another section’s supporter as NOT_FOUND', async () => {
    const supporter = await registerSupporter();
    expect(errorCodes(await adopt(supporter, randomUUID()))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await adopt(supporter, 'not-a-case'))).toEqual(['BAD_USER_INPUT']);
    expect((await adopt(supporter, otherCase)).errors).toBeUndefined();
    expect(errorCodes(await adopt(supporter, otherCase))).toEqual(['CONFLICT']);
    expect(errorCodes(await adopt(supporter, journalist, SITE_DZ))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await adopt(supporter, journalist, ANALYST))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(ADOPT, { input: { supporterId: supporter, caseId: journalist } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('records the kit’s journey for staff, refusing impossible steps, and announces each step', async () => {
    const { data } = await adopt(await registerSupporter(), otherCase);
    const adoptionId = data!.adoptCase.id;
    const kit = (status: string, as = STAFF_BE_FR) => service.call<{ recordKitStatus: { kit: { status: string; deliveredAt: string | null } } }>(KIT, { input: { adoptionId, status } }, as);
    expect(errorCodes(await kit('DELIVERED'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await kit('SHIPPED', SITE_BE_FR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await kit('SHIPPED', STAFF_DZ))).toEqual(['NOT_FOUND']);
    expect((await kit('SHIPPED')).data!.recordKitStatus.kit.status).toBe('SHIPPED');
    expect((await kit('DELIVERED')).data!.recordKitStatus.kit).toMatchObject({ status: 'DELIVERED', deliveredAt: expect.any(String) });
    expect(errorCodes(await kit('RETURNED'))).toEqual(['BAD_USER_INPUT']);
    const events = await service.dataSource.query(`SELECT data->>'kitStatus' AS status FROM outbox WHERE event_type = 'org.plume.supporter.kit-status-changed.v1' AND data->>'adoptionId' = $1 ORDER BY position`, [adoptionId]);
    expect(events.map((e: { status: string }) => e.status)).toEqual(['SHIPPED', 'DELIVERED']);
  });

  it('switches a supporter to another person in one step, and ends an adoption when they leave', async () => {
    const supporter = await registerSupporter();
    const { data } = await adopt(supporter, journalist);
    const switched = await service.call<{ switchCase: { id: string; status: string; case: { id: string } } }>(
      `mutation($input: SwitchCaseInput!) { switchCase(input: $input) { id status case { id } } }`,
      { input: { adoptionId: data!.adoptCase.id, caseId: otherCase } },
      SITE_BE_FR,
    );
    expect(switched.data!.switchCase).toMatchObject({ status: 'ACTIVE', case: { id: otherCase } });
    const [old] = await service.dataSource.query('SELECT status, end_reason FROM adoption WHERE id = $1', [data!.adoptCase.id]);
    expect(old).toEqual({ status: 'ENDED', end_reason: 'SWITCHED' });

    const end = `mutation($id: ID!) { endAdoption(id: $id) { status endReason endedAt } }`;
    expect(errorCodes(await service.call(end, { id: switched.data!.switchCase.id }, SITE_DZ))).toEqual(['NOT_FOUND']);
    const ended = await service.call<{ endAdoption: { status: string; endReason: string } }>(end, { id: switched.data!.switchCase.id }, SITE_BE_FR);
    expect(ended.data!.endAdoption).toMatchObject({ status: 'ENDED', endReason: 'SUPPORTER_LEFT' });
    expect(errorCodes(await service.call(end, { id: switched.data!.switchCase.id }, SITE_BE_FR))).toEqual(['CONFLICT']);
  });

  it('creates the month’s questionnaires for the section’s active adoptions once, with an unguessable token whose hash only is announced', async () => {
    const paused = await registerSupporter();
    await adopt(paused, otherCase);
    await service.call(`mutation($id: ID!) { pauseSupporter(id: $id) { status } }`, { id: paused }, STAFF_BE_FR);
    const period = periodOf(new Date());
    const run = `mutation($period: String!) { requestMonthlyFeedback(period: $period) { period created } }`;
    const expected = await service.count(
      `SELECT count(*) FROM adoption a JOIN supporter s ON s.id = a.supporter_id WHERE a.status = 'ACTIVE' AND s.status = 'ACTIVE' AND a.section_code = 'BE-FR'`,
    );
    expect(expected).toBeGreaterThan(0);
    expect((await service.call(run, { period }, STAFF_BE_FR)).data).toEqual({ requestMonthlyFeedback: { period, created: expected } });
    expect((await service.call(run, { period }, STAFF_BE_FR)).data).toEqual({ requestMonthlyFeedback: { period, created: 0 } });
    expect(errorCodes(await service.call(run, { period: '2999-01' }, STAFF_BE_FR))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.call(run, { period }, SITE_BE_FR))).toEqual(['FORBIDDEN']);

    const requests: { id: string; token: string; section_code: string; supporter_id: string }[] = await service.dataSource.query(
      `SELECT f.id, f.token, a.section_code, a.supporter_id FROM feedback_request f JOIN adoption a ON a.id = f.adoption_id WHERE f.period = $1`,
      [period],
    );
    expect(requests).toHaveLength(expected);
    expect(requests.every((r) => r.section_code === 'BE-FR' && r.supporter_id !== paused && /^[A-Za-z0-9_-]{43}$/.test(r.token))).toBe(true);
    const events: { data: { feedbackRequestId: string; tokenHash: string } }[] = await service.dataSource.query(
      `SELECT data FROM outbox WHERE event_type = 'org.plume.supporter.feedback-requested.v1'`,
    );
    expect(events).toHaveLength(expected);
    for (const request of requests) {
      const event = events.find((e) => e.data.feedbackRequestId === request.id)!;
      expect(event.data.tokenHash).toBe(tokenHash(request.token));
      expect(JSON.stringify(event.data)).not.toContain(request.token);
    }
  });

  it('finds the section’s supporters acting for a case (staff search by caseId), ended adoptions and other sections left out', async () => {
    const acting = [await registerSupporter(), await registerSupporter()];
    for (const supporter of acting) expect((await adopt(supporter, searchedCase)).errors).toBeUndefined();
    const left = await registerSupporter();
    const leftAdoption = (await adopt(left, searchedCase)).data!.adoptCase.id;
    expect((await service.call(`mutation($id: ID!) { endAdoption(id: $id) { status } }`, { id: leftAdoption }, SITE_BE_FR)).errors).toBeUndefined();
    expect((await adopt(await registerSupporter(), otherCase)).errors).toBeUndefined();
    const dz = await registerSupporter(SITE_DZ, 'DZ');
    expect((await adopt(dz, searchedCase, SITE_DZ)).errors).toBeUndefined();

    const SEARCH = `query($filter: SupporterFilter) { supporters(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
    type Found = { supporters: { totalCount: number; edges: { node: { id: string } }[] } };
    const search = async (filter: Record<string, unknown>, as = STAFF_BE_FR) => {
      const response = await service.call<Found>(SEARCH, { filter }, as);
      expect(response.errors).toBeUndefined();
      return { total: response.data!.supporters.totalCount, ids: response.data!.supporters.edges.map((edge) => edge.node.id).sort() };
    };
    expect(await search({ caseId: searchedCase })).toEqual({ total: 2, ids: [...acting].sort() });
    expect(await search({ caseId: searchedCase }, STAFF_DZ)).toEqual({ total: 1, ids: [dz] });
    // With the other filters: both must hold.
    const [firstActing] = acting;
    const { data } = await service.call<{ supporter: { email: string } }>(`query($id: ID!) { supporter(id: $id) { email } }`, { id: firstActing }, STAFF_BE_FR);
    expect(await search({ caseId: searchedCase, email: data!.supporter.email })).toEqual({ total: 1, ids: [firstActing] });
    expect(await search({ caseId: searchedCase, status: 'PAUSED' })).toEqual({ total: 0, ids: [] });
    expect(await search({ caseId: randomUUID() })).toEqual({ total: 0, ids: [] });

    const malformed = await service.call(SEARCH, { filter: { caseId: 'not-a-case' } }, STAFF_BE_FR);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].extensions!.invalidFields).toEqual([{ field: 'filter.caseId', message: 'must be a case id' }]);
    expect(errorCodes(await service.call(SEARCH, { filter: { caseId: searchedCase } }, SITE_BE_FR))).toEqual(['FORBIDDEN']);
  });

  it('ends every active adoption of a closed case with CASE_CLOSED, one adoption-ended each, and leaves ended ones alone', async () => {
    const active = [(await adopt(await registerSupporter(), closingCase)).data!.adoptCase.id, (await adopt(await registerSupporter(SITE_DZ, 'DZ'), closingCase, SITE_DZ)).data!.adoptCase.id];
    const alreadyEnded = (await adopt(await registerSupporter(), closingCase)).data!.adoptCase.id;
    await service.call(`mutation($id: ID!) { endAdoption(id: $id) { status } }`, { id: alreadyEnded }, SITE_BE_FR);
    expect(await adopterCount(closingCase)).toBe(2);

    await cases.statusChanged(closingCase, 'CLOSED');
    await waitFor('the closure to end the case’s adoptions', async () => (await service.count(`SELECT count(*) FROM adoption WHERE case_id = $1 AND status = 'ACTIVE'`, [closingCase])) === 0, 30_000);

    const rows: { id: string; status: string; end_reason: string }[] = await service.dataSource.query('SELECT id, status, end_reason FROM adoption WHERE case_id = $1', [closingCase]);
    const reasonOf = new Map(rows.map((row) => [row.id, `${row.status} ${row.end_reason}`]));
    expect(active.map((id) => reasonOf.get(id))).toEqual(['ENDED CASE_CLOSED', 'ENDED CASE_CLOSED']);
    expect(reasonOf.get(alreadyEnded)).toBe('ENDED SUPPORTER_LEFT');
    expect(await adopterCount(closingCase)).toBe(0);

    const announced: { adoption_id: string; reason: string }[] = await service.dataSource.query(
      `SELECT data->>'adoptionId' AS adoption_id, data->>'reason' AS reason FROM outbox WHERE event_type = 'org.plume.supporter.adoption-ended.v1' AND data->>'caseId' = $1`,
      [closingCase],
    );
    expect(announced.filter((event) => event.reason === 'CASE_CLOSED').map((event) => event.adoption_id).sort()).toEqual([...active].sort());
    expect(announced.filter((event) => event.adoption_id === alreadyEnded).map((event) => event.reason)).toEqual(['SUPPORTER_LEFT']);
    for (const adoptionId of active) {
      const published = await reader.waitFor((r) => r.event.type === 'org.plume.supporter.adoption-ended.v1' && (r.event.data as { adoptionId: string }).adoptionId === adoptionId);
      expect(published.event.data).toMatchObject({ caseId: closingCase, reason: 'CASE_CLOSED' });
    }
  });

  it('ends every active adoption of a released case with CASE_RELEASED, once, even when the release is delivered twice', async () => {
    const adoptions = [
      (await adopt(await registerSupporter(), journalist)).data!.adoptCase.id,
      ...(await service.dataSource.query(`SELECT id FROM adoption WHERE case_id = $1 AND status = 'ACTIVE'`, [journalist])).map((r: { id: string }) => r.id),
    ].filter((id, index, all) => all.indexOf(id) === index);
    expect(adoptions.length).toBeGreaterThanOrEqual(3);

    const releaseId = randomUUID();
    await cases.statusChanged(journalist, 'RELEASED', releaseId);
    await cases.statusChanged(journalist, 'RELEASED', releaseId);
    // Same key, so it is read after both copies of the release.
    await cases.updated(journalist, `${slug}-after`);
    await waitFor('the projection to read past the duplicate', async () => (await service.count(`SELECT count(*) FROM known_case WHERE case_id = $1 AND slug = $2`, [journalist, `${slug}-after`])) === 1, 30_000);

    const ended: { id: string; status: string; end_reason: string }[] = await service.dataSource.query(
      'SELECT id, status, end_reason FROM adoption WHERE id = ANY($1) ORDER BY id',
      [adoptions],
    );
    expect(ended.every((a) => a.status === 'ENDED' && a.end_reason === 'CASE_RELEASED')).toBe(true);
    const announced: { adoption_id: string; n: number }[] = await service.dataSource.query(
      `SELECT data->>'adoptionId' AS adoption_id, count(*)::int AS n FROM outbox
        WHERE event_type = 'org.plume.supporter.adoption-ended.v1' AND data->>'reason' = 'CASE_RELEASED' AND data->>'caseId' = $1 GROUP BY 1`,
      [journalist],
    );
    expect(announced.map((a) => a.adoption_id).sort()).toEqual([...adoptions].sort());
    expect(announced.every((a) => a.n === 1)).toBe(true);
    expect(await service.count('SELECT count(*) FROM processed_event WHERE event_id = $1', [releaseId])).toBe(1);
    expect(await adopterCount(journalist)).toBe(0);

    // The mailing tool reads the good news on plume.supporters: one adoption-ended per adoption.
    for (const adoptionId of adoptions) {
      await reader.waitFor((r) => r.event.type === 'org.plume.supporter.adoption-ended.v1' && (r.event.data as { adoptionId: string }).adoptionId === adoptionId);
    }
    const published = reader.received.filter((r) => r.event.type === 'org.plume.supporter.adoption-ended.v1' && adoptions.includes((r.event.data as { adoptionId: string }).adoptionId));
    expect(published).toHaveLength(adoptions.length);
    expect(published.every((r) => (r.event.data as { reason: string }).reason === 'CASE_RELEASED')).toBe(true);
  });
});
