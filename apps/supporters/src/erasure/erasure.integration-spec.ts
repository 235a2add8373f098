import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { contactReference } from '@plume/privacy';
import { errorCodes, testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import { DEMO_SUPPORTERS } from '../seed/demo-data';
import { seedDemoData } from '../seed/seed-demo-data';
import { startCaseEventProducer, type CaseEventProducer } from '../test-support/case-events';
import { findPersonalData } from '../test-support/personal-data-scan';
import { SITE_BE_FR, STAFF_BE_FR, STAFF_DZ, startSupportersTestService, type SupportersTestService } from '../test-support/supporters-test-service';

const ERASE = `mutation($id: ID!) { eraseSupporter(id: $id) { supporterId erasedAt } }`;
const EMAIL_LIKE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

describe('supporters subgraph: erasure, and no personal data on plume.supporters (real PostgreSQL and Kafka)', () => {
  let service: SupportersTestService;
  let cases: CaseEventProducer;
  let reader: EventReader;
  const nadia = DEMO_SUPPORTERS.find((supporter) => supporter.email === 'nadia.benali@example.org')!;
  let nadiaId: string;
  let caseId: string;

  beforeAll(async () => {
    service = await startSupportersTestService('supporters_erasure');
    await seedDemoData(service.dataSource, service.environment.CONTACT_REFERENCE_SECRET);
    cases = await startCaseEventProducer();
    caseId = await cases.created(uniqueName('hamid-babaei'));
    await waitFor('the projection to know the case', async () => (await service.count('SELECT count(*) FROM known_case WHERE case_id = $1', [caseId])) === 1, 30_000);
    const found = await service.call<{ supporters: { edges: { node: { id: string } }[] } }>(
      `query($filter: SupporterFilter) { supporters(filter: $filter) { edges { node { id } } } }`,
      { filter: { email: nadia.email } },
      STAFF_BE_FR,
    );
    nadiaId = found.data!.supporters.edges[0].node.id;
    const adopted = await service.call(`mutation($input: AdoptCaseInput!) { adoptCase(input: $input) { id } }`, { input: { supporterId: nadiaId, caseId } }, SITE_BE_FR);
    expect(adopted.errors).toBeUndefined();
    const kafka = createKafka(await testKafkaConnection('erasure-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Supporters], uniqueName('erasure-reader'));
  }, 60_000);
  afterAll(async () => {
    await reader?.stop();
    await cases?.stop();
    await service?.stop();
  });

  const nadiaNeedles = () => [nadia.givenName, nadia.familyName, nadia.email, nadia.postalAddress.street];

  it('is the section staff’s alone', async () => {
    expect(errorCodes(await service.call(ERASE, { id: nadiaId }, STAFF_DZ))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.call(ERASE, { id: nadiaId }, SITE_BE_FR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(ERASE, { id: nadiaId }))).toEqual(['UNAUTHENTICATED']);
    expect(await findPersonalData(service.dataSource, nadiaNeedles())).not.toEqual([]);
  });

  it('wipes the seeded supporter’s personal data from every table, keeps an audit row without it, and publishes supporter.erased', async () => {
    const reference = contactReference(nadia.email, service.environment.CONTACT_REFERENCE_SECRET);
    const erased = await service.call<{ eraseSupporter: { supporterId: string; erasedAt: string } }>(ERASE, { id: nadiaId }, STAFF_BE_FR);
    expect(erased.errors).toBeUndefined();

    expect(await findPersonalData(service.dataSource, nadiaNeedles())).toEqual([]);
    // The contact reference survives only in the event that tells the other subgraphs whom to erase.
    expect(await findPersonalData(service.dataSource, [reference])).toEqual([{ table: 'outbox', column: 'data', needle: reference }]);
    const [row] = await service.dataSource.query('SELECT * FROM supporter WHERE id = $1', [nadiaId]);
    expect(row).toMatchObject({ status: 'ERASED', given_name: null, family_name: null, email: null, street: null, postal_code: null, locality: null, address_country: null, phone: null, contact_reference: null });
    expect(await service.count('SELECT count(*) FROM consent WHERE supporter_id = $1', [nadiaId])).toBe(0);
    expect(await service.count(`SELECT count(*) FROM adoption WHERE supporter_id = $1 AND status = 'ACTIVE'`, [nadiaId])).toBe(0);
    const audit = await service.dataSource.query('SELECT supporter_id, section_code, erased_by FROM erasure_audit');
    expect(audit).toEqual([{ supporter_id: nadiaId, section_code: 'BE-FR', erased_by: STAFF_BE_FR.subject }]);

    const event = await reader.waitFor((r) => r.event.type === 'org.plume.supporter.erased.v1' && r.key === nadiaId);
    expect(event.event.data).toEqual({ supporterId: nadiaId, section: 'BE-FR', contactReference: reference });
    const ended = await reader.waitFor((r) => r.event.type === 'org.plume.supporter.adoption-ended.v1' && r.key === nadiaId);
    expect(ended.event.data).toMatchObject({ caseId, reason: 'SUPPORTER_LEFT' });

    // Staff still see that someone was erased, and nothing of them; erasing again answers the same receipt.
    const after = await service.call<{ supporter: Record<string, unknown> }>(`query($id: ID!) { supporter(id: $id) { status givenName email postalAddress { street } consents { purpose } } }`, { id: nadiaId }, STAFF_BE_FR);
    expect(after.data!.supporter).toEqual({ status: 'ERASED', givenName: null, email: null, postalAddress: null, consents: [] });
    expect((await service.call(ERASE, { id: nadiaId }, STAFF_BE_FR)).data).toEqual(erased.data);
  });

  it('starts afresh when the erased person signs up again', async () => {
    const again = await service.call<{ registerSupporter: { supporterId: string } }>(
      `mutation($input: RegisterSupporterInput!) { registerSupporter(input: $input) { supporterId } }`,
      { input: { ...nadia, adopts: undefined, section: undefined, consentTextVersion: '2024-01', consents: [{ purpose: 'EMAIL_CONTACT', granted: true }, { purpose: 'POSTAL_MAIL', granted: true }] } },
      SITE_BE_FR,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.registerSupporter.supporterId).not.toBe(nadiaId);
  });

  it('publishes no name, email or address on plume.supporters, read from the beginning', async () => {
    // Everything this service wrote is on the topic once the outbox is drained.
    await waitFor('the outbox to be published', async () => (await service.count('SELECT count(*) FROM outbox WHERE published_at IS NULL')) === 0);
    const lastEvent = (await service.dataSource.query('SELECT event_id FROM outbox ORDER BY position DESC LIMIT 1'))[0].event_id;
    await reader.waitFor((r) => r.event.id === lastEvent);

    const needles = DEMO_SUPPORTERS.flatMap((s) => [s.givenName, s.familyName, s.email, s.postalAddress.street, s.postalAddress.locality]);
    expect(reader.received.length).toBeGreaterThan(0);
    for (const received of reader.received) {
      const text = JSON.stringify({ data: received.event.data, headers: received.headers, key: received.key });
      expect(text).not.toMatch(EMAIL_LIKE);
      for (const needle of needles) expect(text).not.toContain(needle);
    }
  });
});
