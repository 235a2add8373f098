import { waitFor } from '@plume/testing';
import { ADMIN, STAFF_BE_FR, STAFF_BE_NL, startDeliveriesTestService, type DeliveriesTestService } from '../test-support/deliveries-test-service';
import { startUpstreamEvents, type Signing, type UpstreamEvents } from '../test-support/upstream-events';

const HOUR = 3_600_000;
const base = Date.now() - 10 * 24 * HOUR;
/** Instants in the past, `hours` after a fixed origin ten days ago. */
const at = (hours: number) => new Date(base + hours * HOUR);
const signatures = (count: number, fromHour: number): Signing[] => Array.from({ length: count }, (_, i) => ({ occurredAt: at(fromHour + i / 10) }));

interface Awaiting {
  section: string;
  onlineSignatures: number;
  paperSignatures: number;
  signatures: number;
  letters: number;
  lastCutoffAt: string | null;
  collected: { signatures: number; letters: number };
}

const AWAITING = `query($r: [_Any!]!, $section: String) { _entities(representations: $r) { ... on Case {
  awaitingDelivery(section: $section) { section onlineSignatures paperSignatures signatures letters lastCutoffAt collected { signatures letters } }
} } }`;
const PLAN = `mutation($input: PlanDeliveryInput!) { planDelivery(input: $input) { delivery { id } } }`;
const HANDOVER = `mutation($input: RecordHandoverInput!) { recordHandover(input: $input) {
  status cutoffAt counts { onlineSignatures paperSignatures signatures letters } } }`;

describe('the tally of what awaits delivery (real action events on plume.actions)', () => {
  let service: DeliveriesTestService;
  let upstream: UpstreamEvents;
  let embassyId: string;

  beforeAll(async () => {
    service = await startDeliveriesTestService('deliveries_tally');
    upstream = await startUpstreamEvents();
    const embassy = await service.call<{ createEmbassy: { id: string } }>(
      `mutation { createEmbassy(input: { representedCountry: "SV", hostCountry: "BE", city: "Bruxelles", street: "Avenue de Tervueren 171" }) { id } }`,
      {},
      ADMIN,
    );
    embassyId = embassy.data!.createEmbassy.id;
  });
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
  });

  const newCase = async () => {
    const caseId = await upstream.caseCreated({ country: 'SV' });
    await waitFor('the case in the projection', async () => (await service.sql('SELECT 1 FROM known_case WHERE case_id = $1', [caseId])).length === 1);
    return caseId;
  };
  const awaiting = async (caseId: string, section?: string) =>
    (await service.call<{ _entities: { awaitingDelivery: Awaiting[] }[] }>(AWAITING, { r: [{ __typename: 'Case', id: caseId }], section })).data!._entities[0]
      .awaitingDelivery;
  const awaitingOf = async (caseId: string, section: string) => (await awaiting(caseId, section))[0];
  const handOver = async (caseId: string, as: typeof STAFF_BE_FR, handover: { deliveredAt: Date; cutoffAt?: Date }) => {
    const planned = await service.call<{ planDelivery: { delivery: { id: string } } }>(PLAN, { input: { caseId, embassyId, plannedFor: '2026-12-10' } }, as);
    const response = await service.call<{ recordHandover: { cutoffAt: string; counts: Record<string, number> } }>(
      HANDOVER,
      {
        input: {
          deliveryId: planned.data!.planDelivery.delivery.id,
          deliveredAt: handover.deliveredAt.toISOString(),
          cutoffAt: handover.cutoffAt?.toISOString(),
          receivedBy: { title: 'Consul' },
        },
      },
      as,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.recordHandover;
  };

  it("keeps each section's count apart, freezes exactly what came before the cut-off, and a second handover takes only the rest", async () => {
    const caseId = await newCase();
    const beforeCutoff = await upstream.actionsRecorded(caseId, 'BE-FR', [
      ...signatures(3, 1),
      { type: 'PAPER_SIGNATURES', source: 'QUESTIONNAIRE', quantity: 20, occurredAt: at(2) },
      { type: 'LETTER', source: 'EVENT', quantity: 2, occurredAt: at(3) },
      // Posted by the supporter already, and not a petition at all: never handed over.
      { type: 'LETTER', source: 'QUESTIONNAIRE', quantity: 5, occurredAt: at(3) },
      { type: 'EMAIL', source: 'WEBSITE', quantity: 1, occurredAt: at(3) },
    ]);
    const afterCutoff = await upstream.actionsRecorded(caseId, 'BE-FR', [...signatures(2, 30), { type: 'PAPER_SIGNATURES', source: 'STAFF', quantity: 7, occurredAt: at(31) }]);
    await upstream.actionsRecorded(caseId, 'BE-NL', [...signatures(4, 2), ...signatures(1, 40)]);

    await waitFor('both sections tallied', async () => (await awaiting(caseId)).map((a) => a.signatures).join() === '32,5');
    expect(await awaiting(caseId)).toEqual([
      { section: 'BE-FR', onlineSignatures: 5, paperSignatures: 27, signatures: 32, letters: 2, lastCutoffAt: null, collected: { signatures: 32, letters: 2 } },
      { section: 'BE-NL', onlineSignatures: 5, paperSignatures: 0, signatures: 5, letters: 0, lastCutoffAt: null, collected: { signatures: 5, letters: 0 } },
    ]);
    expect((await awaiting(caseId, 'BE-NL')).map((a) => a.section)).toEqual(['BE-NL']);

    const first = await handOver(caseId, STAFF_BE_FR, { deliveredAt: at(26), cutoffAt: at(24) });
    expect(first.counts).toEqual({ onlineSignatures: 3, paperSignatures: 20, signatures: 23, letters: 2 });
    expect(await awaitingOf(caseId, 'BE-FR')).toMatchObject({ onlineSignatures: 2, paperSignatures: 7, letters: 0, lastCutoffAt: at(24).toISOString() });
    expect(await awaitingOf(caseId, 'BE-NL')).toMatchObject({ signatures: 5, lastCutoffAt: null });

    // A signature retracted while awaiting leaves the count; one retracted after its handover stays handed over.
    await upstream.actionRetracted(afterCutoff[0]);
    await upstream.actionRetracted(beforeCutoff[0]);
    await waitFor('both retractions applied', async () => {
      const [{ retracted }] = await service.sql<{ retracted: number }>(`SELECT count(*)::int AS retracted FROM collected_action WHERE case_id = $1 AND retracted_at IS NOT NULL`, [caseId]);
      return retracted === 2;
    });
    expect(await awaitingOf(caseId, 'BE-FR')).toMatchObject({ onlineSignatures: 1, paperSignatures: 7, collected: { signatures: 31, letters: 2 } });

    const second = await handOver(caseId, STAFF_BE_FR, { deliveredAt: new Date(Date.now() - 60_000) });
    expect(second.counts).toEqual({ onlineSignatures: 1, paperSignatures: 7, signatures: 8, letters: 0 });
    expect(await awaitingOf(caseId, 'BE-FR')).toMatchObject({ signatures: 0, letters: 0, lastCutoffAt: second.cutoffAt });
    expect(await awaitingOf(caseId, 'BE-NL')).toMatchObject({ signatures: 5 });

    const frozen = await service.call<{ _entities: { deliveries: { section: string; counts: { signatures: number } }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { deliveries { section counts { signatures } } } } }`,
      { r: [{ __typename: 'Case', id: caseId }] },
    );
    expect(frozen.data!._entities[0].deliveries.map((d) => d.counts.signatures).sort()).toEqual([23, 8].sort());
  });

  it('leaves what an embassy refused awaiting delivery', async () => {
    const caseId = await newCase();
    await upstream.actionsRecorded(caseId, 'BE-NL', signatures(6, 1));
    await waitFor('the signatures tallied', async () => (await awaitingOf(caseId, 'BE-NL'))?.signatures === 6);
    const planned = await service.call<{ planDelivery: { delivery: { id: string } } }>(PLAN, { input: { caseId, embassyId, plannedFor: '2026-12-10' } }, STAFF_BE_NL);
    const refusal = await service.call(`mutation($id: ID!) { recordRefusal(input: { deliveryId: $id }) { status counts { signatures } } }`, { id: planned.data!.planDelivery.delivery.id }, STAFF_BE_NL);
    expect(refusal.data).toEqual({ recordRefusal: { status: 'REFUSED', counts: null } });
    expect(await awaitingOf(caseId, 'BE-NL')).toMatchObject({ signatures: 6, lastCutoffAt: null });
  });

  it('counts exactly when events come twice and the service restarts in the middle of the stream', async () => {
    const caseId = await newCase();
    const recorded = await upstream.actionsRecorded(caseId, 'BE-FR', signatures(400, 1));
    // The same ce_id twice: a relay that crashed between sending and marking its outbox rows.
    await upstream.redeliver(recorded.slice(0, 50));
    const appliedAtRestart = await waitFor('the first events applied', async () => {
      const [{ applied }] = await service.sql<{ applied: number }>(`SELECT count(*)::int AS applied FROM collected_action WHERE case_id = $1`, [caseId]);
      return applied > 0 ? applied : undefined;
    }, 20_000, 5);
    await service.restart();
    await upstream.redeliver(recorded.slice(100, 250));
    // Keyed by case, the marker is behind every event above on the same partition: once it is applied, they all are.
    await upstream.actionsRecorded(caseId, 'BE-FR', [{ type: 'LETTER', source: 'STAFF', quantity: 1, occurredAt: at(100) }]);
    await waitFor('the marker applied', async () => (await awaitingOf(caseId, 'BE-FR'))?.letters === 1, 60_000);

    expect(await awaitingOf(caseId, 'BE-FR')).toMatchObject({ onlineSignatures: 400, letters: 1 });
    // Every action once; what was applied is remembered per partition (the batch consumer's watermark).
    const [rows] = await service.sql<{ actions: number; partitions: number }>(
      `SELECT (SELECT count(*)::int FROM collected_action WHERE case_id = $1) AS actions,
              (SELECT count(*)::int FROM consumer_watermark WHERE consumer_group = $2 AND last_offset >= 0) AS partitions`,
      [caseId, service.environment.ACTIONS_TALLY_GROUP_ID],
    );
    expect(rows.actions).toBe(401);
    expect(rows.partitions).toBeGreaterThan(0);
    // Not asserted (it depends on timing), but the point of the test: the restart usually lands mid-stream.
    expect(appliedAtRestart).toBeGreaterThan(0);
  });
});
