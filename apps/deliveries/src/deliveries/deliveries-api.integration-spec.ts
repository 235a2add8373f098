import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import {
  ADMIN,
  ANALYST,
  SITE_BE_FR,
  STAFF_BE_FR,
  STAFF_BE_NL,
  STAFF_DZ,
  startDeliveriesTestService,
  type DeliveriesTestService,
} from '../test-support/deliveries-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const CREATE_EMBASSY = `mutation($input: CreateEmbassyInput!) { createEmbassy(input: $input) { id city hostCountry representedCountry } }`;
const PLAN = `mutation($input: PlanDeliveryInput!) { planDelivery(input: $input) { delivery { id status plannedFor section } warnings { code } } }`;
const HANDOVER = `mutation($input: RecordHandoverInput!) { recordHandover(input: $input) { id status cutoffAt counts { signatures letters } } }`;
const POSTPONE = `mutation($input: PostponeDeliveryInput!) { postponeDelivery(input: $input) { id status plannedFor } }`;
const CANCEL = `mutation($input: CancelDeliveryInput!) { cancelDelivery(input: $input) { id status } }`;
const REFUSE = `mutation($input: RecordRefusalInput!) { recordRefusal(input: $input) { id status } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Delivery { id status notes }
  ... on Case { id deliveries { id status notes } }
} }`;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const salvadorInBrussels = {
  representedCountry: 'SV',
  hostCountry: 'BE',
  city: 'Bruxelles',
  cityNames: [{ language: 'en', name: 'Brussels' }, { language: 'nl', name: 'Brussel' }],
  street: 'Avenue de Tervueren 171',
  postalCode: '1150',
  notes: 'Ask for the first secretary.',
};

describe('deliveries subgraph API (real PostgreSQL and Kafka)', () => {
  let service: DeliveriesTestService;
  let upstream: UpstreamEvents;
  let reader: EventReader;
  let embassyId: string;
  let activeCase: string;

  const writes = async () => {
    const [row] = await service.sql<{ deliveries: number; changes: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM delivery) AS deliveries, (SELECT count(*)::int FROM delivery_status_change) AS changes, (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    return row;
  };
  const caseKnown = (caseId: string, status = 'ACTIVE') =>
    waitFor(`case ${caseId} to be ${status} in the projection`, async () => (await service.sql(`SELECT 1 FROM known_case WHERE case_id = $1 AND status = $2`, [caseId, status])).length === 1);
  const plan = async (caseId: string, as = STAFF_BE_FR, extra: Record<string, unknown> = {}) => {
    const response = await service.call<{ planDelivery: { delivery: { id: string }; warnings: { code: string }[] } }>(
      PLAN,
      { input: { caseId, embassyId, plannedFor: '2026-12-10', notes: 'Bring the paper sheets from Liège.', ...extra } },
      as,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.planDelivery;
  };

  beforeAll(async () => {
    service = await startDeliveriesTestService('deliveries_api');
    upstream = await startUpstreamEvents();
    const kafka = createKafka(await testKafkaConnection('deliveries-api-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Deliveries], uniqueName('deliveries-api-reader'));
    const created = await service.call<{ createEmbassy: { id: string } }>(CREATE_EMBASSY, { input: salvadorInBrussels }, ADMIN);
    expect(created.errors).toBeUndefined();
    embassyId = created.data!.createEmbassy.id;
    activeCase = await upstream.caseCreated({ country: 'SV' });
    await caseKnown(activeCase);
  });
  afterAll(async () => {
    await reader?.stop();
    await upstream?.stop();
    await service?.stop();
  });

  describe('the embassy directory', () => {
    it('is public, with the city in the language asked and internal notes for staff, analysts and admins', async () => {
      const query = `{ embassies(hostCountry: "BE") { representedCountry city(language: "en") local: city address { street city country } } }`;
      const listed = await service.call<{ embassies: unknown[] }>(query);
      expect(listed.data!.embassies).toEqual([
        { representedCountry: 'SV', city: 'Brussels', local: 'Bruxelles', address: { street: 'Avenue de Tervueren 171', city: 'Bruxelles', country: 'BE' } },
      ]);
      const notes = `{ embassy(id: "${embassyId}") { notes } }`;
      expect(errorCodes(await service.call(notes))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await service.call(notes, {}, SITE_BE_FR))).toEqual(['FORBIDDEN']);
      expect((await service.call<{ embassy: { notes: string } }>(notes, {}, ANALYST)).data!.embassy.notes).toBe('Ask for the first secretary.');
    });

    it('lets staff manage the embassies of their own country only', async () => {
      const iranInBrussels = { representedCountry: 'IR', hostCountry: 'BE', city: 'Bruxelles', street: 'Avenue Franklin Roosevelt 15' };
      const byStaff = await service.call<{ createEmbassy: { id: string } }>(CREATE_EMBASSY, { input: iranInBrussels }, STAFF_BE_FR);
      expect(byStaff.errors).toBeUndefined();
      const iranInAlgiers = { ...iranInBrussels, hostCountry: 'DZ', city: 'Alger' };
      expect(errorCodes(await service.call(CREATE_EMBASSY, { input: iranInAlgiers }, STAFF_BE_FR))).toEqual(['FORBIDDEN']);
      const update = `mutation($id: ID!) { updateEmbassy(id: $id, input: { contactPhone: "+32 2 762 37 45" }) { contactPhone } }`;
      expect(errorCodes(await service.call(update, { id: byStaff.data!.createEmbassy.id }, STAFF_DZ))).toEqual(['FORBIDDEN']);
      expect((await service.call(update, { id: byStaff.data!.createEmbassy.id }, STAFF_BE_NL)).data).toEqual({ updateEmbassy: { contactPhone: '+32 2 762 37 45' } });
      expect(errorCodes(await service.call(CREATE_EMBASSY, { input: iranInBrussels }, ADMIN))).toEqual(['CONFLICT']);
      expect(errorCodes(await service.call(CREATE_EMBASSY, { input: iranInAlgiers }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await service.call(CREATE_EMBASSY, { input: iranInAlgiers }, ANALYST))).toEqual(['FORBIDDEN']);
    });

    it('answers bad embassy input with every invalid field', async () => {
      const response = await service.call(
        CREATE_EMBASSY,
        { input: { representedCountry: 'XX', hostCountry: 'BE', city: ' ', street: 'Rue 1', contactEmail: 'not-an-email', contactPhone: 'call me' } },
        ADMIN,
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const fields = (response.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['input.representedCountry', 'input.city', 'input.contactEmail', 'input.contactPhone']));
    });
  });

  describe('planning', () => {
    it('plans a delivery for the caller section, announces it without personal data, and keeps its history', async () => {
      const planned = await plan(activeCase);
      expect(planned.warnings).toEqual([]);
      const event = await reader.waitFor((r) => r.key === planned.delivery.id && r.event.type === 'org.plume.delivery.planned.v1');
      expect(event.headers).toMatchObject({ ce_source: '/plume/deliveries', ce_subject: `delivery/${planned.delivery.id}` });
      expect(event.event.data).toEqual({
        deliveryId: planned.delivery.id,
        caseId: activeCase,
        section: 'BE-FR',
        embassy: { embassyId, representedCountry: 'SV', hostCountry: 'BE', city: 'Bruxelles', cityNames: { en: 'Brussels', nl: 'Brussel' } },
        plannedFor: '2026-12-10',
      });
      expect(JSON.stringify(event.event.data)).not.toContain('Liège');
      const again = await plan(activeCase);
      expect(again.warnings.map((w) => w.code)).toEqual(['ALREADY_PLANNED']);
    });

    it('warns for a RELEASED case and refuses a CLOSED one, writing nothing', async () => {
      const released = await upstream.caseCreated();
      const closed = await upstream.caseCreated();
      await upstream.caseStatusChanged(released, 'RELEASED');
      await upstream.caseStatusChanged(closed, 'CLOSED');
      await caseKnown(released, 'RELEASED');
      await caseKnown(closed, 'CLOSED');
      expect((await plan(released)).warnings.map((w) => w.code)).toEqual(['CASE_RELEASED']);
      const before = await writes();
      const refused = await service.call(PLAN, { input: { caseId: closed, embassyId, plannedFor: '2026-12-10' } }, STAFF_BE_FR);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions!.invalidFields).toEqual([{ field: 'input.caseId', message: expect.stringContaining('CLOSED') }]);
      expect(await writes()).toEqual(before);
    });

    it('refuses an unknown case and embassy, or an embassy of the wrong country, with a clear error and no write', async () => {
      const before = await writes();
      const unknown = await service.call(
        PLAN,
        { input: { caseId: '00000000-0000-4000-8000-000000000001', embassyId: '00000000-0000-4000-8000-000000000002', plannedFor: '2026-12-10' } },
        STAFF_BE_FR,
      );
      expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
      expect((unknown.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field)).toEqual(['input.caseId', 'input.embassyId']);
      const chinese = await upstream.caseCreated({ country: 'CN' });
      await caseKnown(chinese);
      const wrongEmbassy = await service.call(PLAN, { input: { caseId: chinese, embassyId, plannedFor: '2026-12-10' } }, STAFF_BE_FR);
      expect(wrongEmbassy.errors![0].extensions!.invalidFields).toEqual([{ field: 'input.embassyId', message: 'the embassy represents SV, the case is about CN' }]);
      const notInItsCountry = await service.call(PLAN, { input: { caseId: activeCase, embassyId, plannedFor: '2026-12-10' } }, STAFF_DZ);
      expect(notInItsCountry.errors![0].extensions!.invalidFields).toEqual([{ field: 'input.embassyId', message: 'the embassy is in BE; section DZ hands over in DZ' }]);
      const badDate = await service.call(PLAN, { input: { caseId: activeCase, embassyId, plannedFor: '2026-02-30' } }, STAFF_BE_FR);
      expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
      expect(badDate.errors![0].message).toContain('input.plannedFor');
      expect(await writes()).toEqual(before);
    });

    it('lets only staff plan, and only for their own section', async () => {
      const input = { input: { caseId: activeCase, embassyId, plannedFor: '2026-12-10' } };
      expect(errorCodes(await service.call(PLAN, input))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await service.call(PLAN, input, SITE_BE_FR))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.call(PLAN, input, ANALYST))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.call(PLAN, input, ADMIN))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.call(PLAN, { input: { ...input.input, section: 'BE-FR' } }, STAFF_BE_NL))).toEqual(['FORBIDDEN']);
    });
  });

  describe("a section's deliveries", () => {
    let deliveryId: string;
    beforeAll(async () => {
      deliveryId = (await plan(activeCase)).delivery.id;
    });

    it('cannot be changed by staff of another section; nothing is written', async () => {
      const before = await writes();
      for (const [mutation, input] of [
        [POSTPONE, { deliveryId, plannedFor: '2027-01-15' }],
        [CANCEL, { deliveryId, reason: 'not needed' }],
        [REFUSE, { deliveryId }],
        [HANDOVER, { deliveryId, deliveredAt: hoursAgo(1), receivedBy: { title: 'Consul' } }],
      ] as const) {
        expect(errorCodes(await service.call(mutation, { input }, STAFF_BE_NL))).toEqual(['FORBIDDEN']);
      }
      expect(await writes()).toEqual(before);
    });

    it('keeps internal notes from anyone but staff of the section, in queries and in entity references', async () => {
      const query = `{ delivery(id: "${deliveryId}") { status notes } }`;
      expect((await service.call(query, {}, STAFF_BE_FR)).data).toEqual({ delivery: { status: 'PLANNED', notes: 'Bring the paper sheets from Liège.' } });
      expect(errorCodes(await service.call(query, {}, STAFF_BE_NL))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.call(query, {}, ANALYST))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.call(query))).toEqual(['UNAUTHENTICATED']);
      const publicFields = await service.call<{ delivery: { status: string; embassy: { city: string } } }>(`{ delivery(id: "${deliveryId}") { status embassy { city(language: "fr") } } }`);
      expect(publicFields.data).toEqual({ delivery: { status: 'PLANNED', embassy: { city: 'Bruxelles' } } });

      const representations = [{ __typename: 'Delivery', id: deliveryId }, { __typename: 'Case', id: activeCase }];
      const own = await service.call<{ _entities: [{ notes: string }, { deliveries: { id: string; notes: string }[] }] }>(ENTITIES, { representations }, STAFF_BE_FR);
      expect(own.errors).toBeUndefined();
      expect(own.data!._entities[0].notes).toBe('Bring the paper sheets from Liège.');
      const other = await service.call<{ _entities: unknown[] }>(ENTITIES, { representations }, STAFF_BE_NL);
      expect(new Set(errorCodes(other))).toEqual(new Set(['FORBIDDEN']));
      expect(JSON.stringify(other.data)).not.toContain('Liège');
    });

    it('postpones, then cancels with a reason that stays internal', async () => {
      const postponed = await service.call(POSTPONE, { input: { deliveryId, plannedFor: '2027-01-15', reason: 'The ambassador is away.' } }, STAFF_BE_FR);
      expect(postponed.data).toEqual({ postponeDelivery: { id: deliveryId, status: 'POSTPONED', plannedFor: '2027-01-15' } });
      const cancelled = await service.call(CANCEL, { input: { deliveryId, reason: 'Merged with the BE-NL handover.' } }, STAFF_BE_FR);
      expect(cancelled.data).toEqual({ cancelDelivery: { id: deliveryId, status: 'CANCELLED' } });
      expect(errorCodes(await service.call(CANCEL, { input: { deliveryId, reason: 'again' } }, STAFF_BE_FR))).toEqual(['CONFLICT']);

      const postponedEvent = await reader.waitFor((r) => r.key === deliveryId && r.event.type === 'org.plume.delivery.postponed.v1');
      expect(postponedEvent.event.data).toMatchObject({ previousPlannedFor: '2026-12-10', plannedFor: '2027-01-15' });
      const cancelledEvent = await reader.waitFor((r) => r.key === deliveryId && r.event.type === 'org.plume.delivery.cancelled.v1');
      expect(cancelledEvent.event.data).toMatchObject({ reason: 'STAFF_DECISION' });
      expect(JSON.stringify([postponedEvent.event.data, cancelledEvent.event.data])).not.toMatch(/ambassador|Merged/);

      const history = `{ delivery(id: "${deliveryId}") { history { status plannedFor reason } } }`;
      expect((await service.call(history, {}, STAFF_BE_FR)).data).toEqual({
        delivery: {
          history: [
            { status: 'PLANNED', plannedFor: '2026-12-10', reason: null },
            { status: 'POSTPONED', plannedFor: '2027-01-15', reason: 'The ambassador is away.' },
            { status: 'CANCELLED', plannedFor: '2027-01-15', reason: 'Merged with the BE-NL handover.' },
          ],
        },
      });
      const publicHistory = await service.call<{ delivery: { history: { status: string }[] } }>(`{ delivery(id: "${deliveryId}") { history { status } } }`);
      expect(publicHistory.data!.delivery.history.map((h) => h.status)).toEqual(['PLANNED', 'POSTPONED', 'CANCELLED']);
    });

    it('records a refusal: an event, and nothing frozen', async () => {
      const refusedId = (await plan(activeCase)).delivery.id;
      const refused = await service.call(REFUSE, { input: { deliveryId: refusedId, reason: 'The guard would not open.' } }, STAFF_BE_FR);
      expect(refused.data).toEqual({ recordRefusal: { id: refusedId, status: 'REFUSED' } });
      const event = await reader.waitFor((r) => r.key === refusedId && r.event.type === 'org.plume.delivery.refused.v1');
      expect(JSON.stringify(event.event.data)).not.toContain('guard');
      const counts = await service.call(`{ delivery(id: "${refusedId}") { counts { signatures } cutoffAt } }`);
      expect(counts.data).toEqual({ delivery: { counts: null, cutoffAt: null } });
    });
  });

  describe('recording a handover', () => {
    let deliveryId: string;
    const firstCutoff = hoursAgo(3);
    beforeAll(async () => {
      deliveryId = (await plan(activeCase)).delivery.id;
    });

    it('refuses a handover in the future, a cut-off after the handover, a cut-off before the previous one, writing nothing', async () => {
      const before = await writes();
      const receivedBy = { title: 'First Secretary', name: 'Ana Martínez' };
      const future = await service.call(HANDOVER, { input: { deliveryId, deliveredAt: new Date(Date.now() + 86_400_000).toISOString(), receivedBy } }, STAFF_BE_FR);
      expect(future.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'input.deliveredAt', message: 'must not be in the future' }] });
      const cutoffAfter = await service.call(HANDOVER, { input: { deliveryId, deliveredAt: hoursAgo(2), cutoffAt: hoursAgo(1), receivedBy } }, STAFF_BE_FR);
      expect(cutoffAfter.errors![0].extensions!.invalidFields).toEqual([{ field: 'input.cutoffAt', message: expect.stringContaining('must not be after the handover') }]);
      expect(await writes()).toEqual(before);

      const first = await service.call(HANDOVER, { input: { deliveryId, deliveredAt: hoursAgo(2), cutoffAt: firstCutoff, receivedBy } }, STAFF_BE_FR);
      expect(first.errors).toBeUndefined();
      const secondId = (await plan(activeCase)).delivery.id;
      const afterFirst = await writes();
      const earlier = await service.call(HANDOVER, { input: { deliveryId: secondId, deliveredAt: hoursAgo(1), cutoffAt: hoursAgo(4), receivedBy } }, STAFF_BE_FR);
      expect(errorCodes(earlier)).toEqual(['BAD_USER_INPUT']);
      expect(earlier.errors![0].extensions!.invalidFields).toEqual([{ field: 'input.cutoffAt', message: expect.stringContaining("previous handover") }]);
      expect(errorCodes(await service.call(HANDOVER, { input: { deliveryId, deliveredAt: hoursAgo(1), receivedBy } }, STAFF_BE_FR))).toEqual(['CONFLICT']);
      expect(
        errorCodes(await service.call(HANDOVER, { input: { deliveryId: '00000000-0000-4000-8000-000000000003', deliveredAt: hoursAgo(1), receivedBy } }, STAFF_BE_FR)),
      ).toEqual(['NOT_FOUND']);
      expect(await writes()).toEqual(afterFirst);
    });

    it("announces delivery.completed without the official's name, and shows who received it to the section's staff only", async () => {
      const event = await reader.waitFor((r) => r.key === deliveryId && r.event.type === 'org.plume.delivery.completed.v1');
      expect(event.event.data).toMatchObject({ caseId: activeCase, section: 'BE-FR', counts: { onlineSignatures: 0, paperSignatures: 0, letters: 0 } });
      expect(JSON.stringify(event.event.data)).not.toMatch(/Martínez|First Secretary|staff-be-fr/);

      const query = `{ delivery(id: "${deliveryId}") { receivedBy { title name } deliveredBy petitionList { caseId section cutoffAt } } }`;
      const own = await service.call<{ delivery: { receivedBy: unknown; deliveredBy: string; petitionList: { cutoffAt: string } } }>(query, {}, STAFF_BE_FR);
      expect(own.data!.delivery).toMatchObject({
        receivedBy: { title: 'First Secretary', name: 'Ana Martínez' },
        deliveredBy: 'staff-be-fr-1',
        petitionList: { caseId: activeCase, section: 'BE-FR' },
      });
      expect(Date.parse(own.data!.delivery.petitionList.cutoffAt)).toBe(Date.parse(firstCutoff));
      const analyst = await service.call<{ delivery: { receivedBy: { title: string } } }>(`{ delivery(id: "${deliveryId}") { receivedBy { title } } }`, {}, ANALYST);
      expect(analyst.data!.delivery.receivedBy).toEqual({ title: 'First Secretary' });
      expect(errorCodes(await service.call(`{ delivery(id: "${deliveryId}") { receivedBy { name } } }`, {}, ANALYST))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.call(`{ delivery(id: "${deliveryId}") { petitionList { cutoffAt } } }`, {}, STAFF_BE_NL))).toEqual(['FORBIDDEN']);
    });
  });

  it.each([
    ['released', 'RELEASED', 'CASE_RELEASED'],
    ['closed', 'CLOSED', 'CASE_CLOSED'],
  ] as const)('cancels the planned deliveries of a %s case once, however often the event comes', async (_label, status, reason) => {
    const caseId = await upstream.caseCreated();
    await caseKnown(caseId);
    const planned = [(await plan(caseId)).delivery.id, (await plan(caseId)).delivery.id];
    const change = await upstream.caseStatusChanged(caseId, status);
    await upstream.caseStatusChanged(caseId, status, change.id);
    for (const id of planned) {
      await reader.waitFor((r) => r.key === id && r.event.type === 'org.plume.delivery.cancelled.v1');
    }
    const statuses = await service.call<{ _entities: { deliveries: { id: string; status: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { deliveries { id status history { status reason } } } } }`,
      { r: [{ __typename: 'Case', id: caseId }] },
      STAFF_BE_FR,
    );
    expect(statuses.data!._entities[0].deliveries).toEqual(
      expect.arrayContaining(planned.map((id) => ({ id, status: 'CANCELLED', history: [{ status: 'PLANNED', reason: null }, { status: 'CANCELLED', reason }] }))),
    );
    const [{ cancelled }] = await service.sql<{ cancelled: number }>(
      `SELECT count(*)::int AS cancelled FROM outbox WHERE event_type = 'org.plume.delivery.cancelled.v1' AND data->>'caseId' = $1`,
      [caseId],
    );
    expect(cancelled).toBe(2);
    const events = reader.received.filter((r) => planned.includes(r.key ?? '') && r.event.type === 'org.plume.delivery.cancelled.v1');
    expect(events.map((r) => (r.event.data as { reason: string }).reason)).toEqual([reason, reason]);
  });

  it("lists a section's deliveries for staff, analysts and admins only", async () => {
    const query = `{ deliveries(section: "be-fr", status: PLANNED) { section status case { id } } }`;
    const listed = await service.call<{ deliveries: { section: string; status: string }[] }>(query, {}, ANALYST);
    expect(listed.data!.deliveries.length).toBeGreaterThan(0);
    expect(new Set(listed.data!.deliveries.map((d) => `${d.section} ${d.status}`))).toEqual(new Set(['BE-FR PLANNED']));
    expect(errorCodes(await service.call(query))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await service.call(query, {}, SITE_BE_FR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(`{ deliveries(section: "Belgium") { id } }`, {}, ANALYST))).toEqual(['BAD_USER_INPUT']);
    const missing = `mutation { updateEmbassy(id: "00000000-0000-4000-8000-000000000009", input: { notes: "x" }) { id } }`;
    expect(errorCodes(await service.call(missing, {}, ADMIN))).toEqual(['NOT_FOUND']);
  });

  it('hides the deliveries of an unpublished case from the public', async () => {
    const draft = await upstream.caseCreated({ published: false });
    await caseKnown(draft);
    const deliveryId = (await plan(draft)).delivery.id;
    expect((await service.call(`{ delivery(id: "${deliveryId}") { id } }`)).data).toEqual({ delivery: null });
    expect((await service.call(`{ delivery(id: "${deliveryId}") { id } }`, {}, STAFF_DZ)).data).toEqual({ delivery: { id: deliveryId } });
    const entities = await service.call(ENTITIES, { representations: [{ __typename: 'Delivery', id: deliveryId }] });
    expect(entities.data).toEqual({ _entities: [null] });
  });

  it('refuses calls that do not come through the gateway', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ embassies { id } }' }),
    });
    expect(response.status).toBe(401);
  });
});
