import { randomUUID } from 'node:crypto';
import { errorCodes } from '@plume/testing';
import { ANALYST, SITE_BE_FR, STAFF_BE_FR, STAFF_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const RECORD = `mutation Record($input: RecordActionInput!) {
  recordAction(input: $input) { id type quantity source status section occurredAt case { id } campaign { id } supporter { id } }
}`;
const REVIEW = `mutation Review($id: ID!, $decision: ActionReview!) { reviewAction(id: $id, decision: $decision) { id status } }`;
const ACTION = `query($id: ID!) { action(id: $id) { id section status } }`;
const STATS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { actionStats { total letters paperSignatures byType { type quantity } } } } }`;

interface Recorded {
  recordAction: { id: string; type: string; quantity: number; source: string; status: string; section: string; case: { id: string }; campaign: { id: string } | null; supporter: { id: string } | null };
}

describe('actions recorded by section websites and staff (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;

  beforeAll(async () => {
    service = await startActionsTestService('actions_record');
    upstream = await startUpstreamEvents(service);
  });
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
  });

  const record = (input: Record<string, unknown>, as = STAFF_BE_FR) => service.call<Recorded>(RECORD, { input }, as);
  const caseStats = async (caseId: string) =>
    (await service.call<{ _entities: { actionStats: { total: number; letters: number; paperSignatures: number } }[] }>(STATS, { r: [{ __typename: 'Case', id: caseId }] })).data!._entities[0].actionStats;
  const actionCount = async () => (await service.sql<{ n: number }>('SELECT count(*)::int AS n FROM action'))[0].n;

  it('records an email sent from a case page once per idempotency key', async () => {
    const caseId = await upstream.knownCase();
    const key = randomUUID();
    const first = await record({ caseId, type: 'EMAIL', idempotencyKey: key }, SITE_BE_FR);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordAction).toMatchObject({ type: 'EMAIL', quantity: 1, source: 'WEBSITE', status: 'ACCEPTED', section: 'BE-FR', case: { id: caseId } });
    const retry = await record({ caseId, type: 'EMAIL', idempotencyKey: key }, SITE_BE_FR);
    expect(retry.data!.recordAction.id).toBe(first.data!.recordAction.id);
    const both = await Promise.all([0, 1].map(() => record({ caseId, type: 'TWEET', idempotencyKey: `tweet-${key}` }, SITE_BE_FR)));
    expect(both[0].data!.recordAction.id).toBe(both[1].data!.recordAction.id);
    expect(await caseStats(caseId)).toMatchObject({ total: 2 });
    expect(errorCodes(await record({ caseId, type: 'LETTER', idempotencyKey: key }, SITE_BE_FR))).toEqual(['CONFLICT']);
  });

  it('keeps section websites to one online action of one person, now', async () => {
    const caseId = await upstream.knownCase();
    const before = await actionCount();
    const refused = await record({ caseId, type: 'PAPER_SIGNATURES', quantity: 5, supporterId: randomUUID(), source: 'IMPORT' }, SITE_BE_FR);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect((refused.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field)).toEqual(
      expect.arrayContaining(['input.type', 'input.quantity', 'input.source', 'input.supporterId', 'input.idempotencyKey']),
    );
    const closed = await upstream.knownCase({ status: 'CLOSED', statusChangedOn: '2020-12-31' });
    expect(errorCodes(await record({ caseId: closed, type: 'EMAIL', idempotencyKey: randomUUID() }, SITE_BE_FR))).toEqual(['BAD_USER_INPUT']);
    expect(await actionCount()).toBe(before);
  });

  it("records staff's paper signatures, events and imports, with a supporter, within the documented maximum", async () => {
    const campaign = await upstream.knownCampaign('ACTIVE');
    const caseId = await upstream.knownCase({ campaignCodes: [campaign.code] });
    const supporterId = randomUUID();
    const paper = await record({ caseId, type: 'PAPER_SIGNATURES', quantity: 350, source: 'EVENT', supporterId, occurredAt: '2020-12-10T15:00:00Z' });
    expect(paper.errors).toBeUndefined();
    expect(paper.data!.recordAction).toMatchObject({ quantity: 350, source: 'EVENT', status: 'ACCEPTED', campaign: { id: campaign.id }, supporter: { id: supporterId } });
    const imported = await record({ caseId, type: 'LETTER', quantity: 1_000_000, source: 'IMPORT', idempotencyKey: randomUUID() });
    expect(imported.data!.recordAction.source).toBe('IMPORT');
    expect(await caseStats(caseId)).toMatchObject({ paperSignatures: 350, letters: 1_000_000 });

    const before = await actionCount();
    for (const [input, field] of [
      [{ caseId, type: 'ONLINE_SIGNATURE' }, 'input.type'],
      [{ caseId, type: 'LETTER', quantity: 0 }, 'input.quantity'],
      [{ caseId, type: 'LETTER', quantity: -4 }, 'input.quantity'],
      [{ caseId, type: 'LETTER', quantity: 1_000_001 }, 'input.quantity'],
      [{ caseId, type: 'LETTER', source: 'WEBSITE' }, 'input.source'],
      [{ caseId, type: 'LETTER', occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, 'input.occurredAt'],
      [{ caseId, type: 'LETTER', occurredAt: '1960-12-31T00:00:00Z' }, 'input.occurredAt'],
    ] as const) {
      const response = await record(input);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect((response.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field)).toContain(field);
    }
    expect(errorCodes(await record({ caseId: randomUUID(), type: 'LETTER' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await record({ caseId, type: 'LETTER' }, ANALYST))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(RECORD, { input: { caseId, type: 'LETTER' } }))).toEqual(['UNAUTHENTICATED']);
    expect(await actionCount()).toBe(before);
  });

  it('takes staff reports on an ended case for the time it was open, and still sees unpublished cases', async () => {
    const closed = await upstream.knownCase({ status: 'CLOSED', statusChangedOn: '2020-12-31' });
    expect((await record({ caseId: closed, type: 'LETTER', quantity: 12, occurredAt: '2020-12-20T00:00:00Z' })).errors).toBeUndefined();
    expect(errorCodes(await record({ caseId: closed, type: 'LETTER', quantity: 12, occurredAt: '2021-01-02T00:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
    const draft = await upstream.knownCase({ published: false });
    expect((await record({ caseId: draft, type: 'EVENT' })).errors).toBeUndefined();
  });

  it('counts a pending action once staff of its section confirm it, never a rejected one', async () => {
    const caseId = await upstream.knownCase();
    const pending = await record({ caseId, type: 'PAPER_SIGNATURES', quantity: 80, source: 'IMPORT', pendingConfirmation: true });
    expect(pending.data!.recordAction.status).toBe('PENDING_CONFIRMATION');
    expect(await caseStats(caseId)).toMatchObject({ paperSignatures: 0 });
    const id = pending.data!.recordAction.id;
    expect(errorCodes(await service.call(REVIEW, { id, decision: 'CONFIRM' }, STAFF_DZ))).toEqual(['NOT_FOUND']);
    const confirmed = await service.call<{ reviewAction: { status: string } }>(REVIEW, { id, decision: 'CONFIRM' }, STAFF_BE_FR);
    expect(confirmed.data!.reviewAction.status).toBe('ACCEPTED');
    expect(await caseStats(caseId)).toMatchObject({ paperSignatures: 80 });
    expect(errorCodes(await service.call(REVIEW, { id, decision: 'REJECT' }, STAFF_BE_FR))).toEqual(['BAD_USER_INPUT']);

    const doubtful = await record({ caseId, type: 'PAPER_SIGNATURES', quantity: 500, source: 'IMPORT', pendingConfirmation: true });
    const rejected = await service.call<{ reviewAction: { status: string } }>(REVIEW, { id: doubtful.data!.recordAction.id, decision: 'REJECT' }, STAFF_BE_FR);
    expect(rejected.data!.reviewAction.status).toBe('REJECTED');
    expect(await caseStats(caseId)).toMatchObject({ paperSignatures: 80 });
    const [{ n }] = await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE data->>'caseId' = $1 AND event_type = 'org.plume.action.recorded.v1'`, [caseId]);
    expect(n).toBe(1);
  });

  it('shows an action to staff of its section, analysts and services, and to nobody else', async () => {
    const caseId = await upstream.knownCase();
    const { id } = (await record({ caseId, type: 'EVENT' })).data!.recordAction;
    expect((await service.call<{ action: { section: string } }>(ACTION, { id }, STAFF_BE_FR)).data!.action.section).toBe('BE-FR');
    expect((await service.call<{ action: unknown }>(ACTION, { id }, STAFF_DZ)).data!.action).toBeNull();
    expect((await service.call<{ action: { id: string } }>(ACTION, { id }, ANALYST)).data!.action.id).toBe(id);
    expect(errorCodes(await service.call(ACTION, { id }, SITE_BE_FR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.call(ACTION, { id }))).toEqual(['UNAUTHENTICATED']);
  });
});
