import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { childProcessEnvironment } from '@plume/config';
import { contractFor, createKafka, subscribeToEvents, Topic, type EventSubscription, type ReceivedEvent } from '@plume/events';
import { testKafkaBrokers, testKafkaConnection, testLogger, uniqueName, waitFor, TEST_TOPIC_PREFIX } from '@plume/testing';
import { periodOf } from '../feedback/feedback-period';
import { SITE_BE_FR, SITE_DZ, STAFF_BE_FR, STAFF_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const ROOT = resolve(__dirname, '../../../..');
const SIGN = `mutation($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey) { retractionToken }
}`;
const RECORD = `mutation($input: RecordActionInput!) { recordAction(input: $input) { id } }`;
const STATS = `query($r: [_Any!]!, $section: String) { _entities(representations: $r) { ... on Case { actionStats(section: $section) { byType { type quantity } } } } }`;

type Totals = Record<string, number>;
interface ActionEventData {
  caseId: string;
  section: string;
  type: string;
  quantity: number;
}

/**
 * What an internal tool does with the stream: read plume.actions from the beginning, de-duplicate on
 * ce_id, add action.recorded quantities and subtract action.retracted ones, per case, section and type.
 */
function rebuildTotals(events: ReceivedEvent[], caseId: string, section: string | null): Totals {
  const totals: Totals = {};
  const seen = new Set<string>();
  for (const { event } of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const sign = event.type === 'org.plume.action.recorded.v1' ? 1 : event.type === 'org.plume.action.retracted.v1' ? -1 : 0;
    const data = event.data as ActionEventData;
    if (sign === 0 || data.caseId !== caseId || (section && data.section !== section)) continue;
    totals[data.type] = (totals[data.type] ?? 0) + sign * data.quantity;
  }
  return Object.fromEntries(Object.entries(totals).filter(([, quantity]) => quantity !== 0));
}

describe('the action stream rebuilds the API totals (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  const signers: { name: string; email: string; country: string }[] = [];

  beforeAll(async () => {
    service = await startActionsTestService('actions_stream');
    upstream = await startUpstreamEvents(service);
  });
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
  });

  const sign = async (caseId: string, as = SITE_BE_FR, signer = { name: `Personne ${signers.length}`, email: `stream.${randomUUID().slice(0, 8)}@example.org`, country: 'FR' }) => {
    signers.push(signer);
    const response = await service.call<{ signPetition: { retractionToken: string } }>(SIGN, { caseId, signer, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() }, as);
    expect(response.errors).toBeUndefined();
    return response.data!.signPetition.retractionToken;
  };
  const record = async (input: Record<string, unknown>, as = STAFF_BE_FR) => {
    const response = await service.call<{ recordAction: { id: string } }>(RECORD, { input }, as);
    expect(response.errors).toBeUndefined();
    return response.data!.recordAction.id;
  };
  const apiTotals = async (caseId: string, section: string | null): Promise<Totals> => {
    const response = await service.call<{ _entities: { actionStats: { byType: { type: string; quantity: number }[] } }[] }>(STATS, { r: [{ __typename: 'Case', id: caseId }], section });
    return Object.fromEntries(response.data!._entities[0].actionStats.byType.map((entry) => [entry.type, entry.quantity]));
  };

  it('gives a consumer reading plume.actions from the beginning exactly the totals the API shows, without personal data', async () => {
    const campaign = await upstream.knownCampaign('ACTIVE');
    const [caseA, caseB] = [await upstream.knownCase({ campaignCodes: [campaign.code] }), await upstream.knownCase({ campaignCodes: [campaign.code] })];

    // Signatures, a repeat, a retraction; online and staff actions; a confirmed and a rejected pending one.
    for (let n = 0; n < 3; n += 1) await sign(caseA);
    const repeated = signers[0];
    await sign(caseA, SITE_DZ, repeated);
    const retractMe = await sign(caseA, SITE_DZ);
    await sign(caseA, SITE_DZ);
    await sign(caseB);
    await sign(caseB, SITE_DZ);
    expect((await service.call(`mutation($t: String!) { retractSignature(token: $t) { retracted } }`, { t: retractMe })).errors).toBeUndefined();
    await record({ caseId: caseA, type: 'EMAIL', idempotencyKey: randomUUID() }, SITE_BE_FR);
    await record({ caseId: caseB, type: 'TWEET', idempotencyKey: randomUUID() }, SITE_DZ);
    await record({ caseId: caseB, type: 'PAPER_SIGNATURES', quantity: 120, source: 'EVENT' }, STAFF_DZ);
    const pending = await record({ caseId: caseA, type: 'PAPER_SIGNATURES', quantity: 40, source: 'IMPORT', pendingConfirmation: true });
    const doubtful = await record({ caseId: caseA, type: 'PAPER_SIGNATURES', quantity: 10, source: 'IMPORT', pendingConfirmation: true });
    for (const [id, decision] of [[pending, 'CONFIRM'], [doubtful, 'REJECT']]) {
      expect((await service.call(`mutation($id: ID!, $d: ActionReview!) { reviewAction(id: $id, decision: $d) { status } }`, { id, d: decision }, STAFF_BE_FR)).errors).toBeUndefined();
    }
    // A questionnaire answered, then answered again for the same month.
    const link = await upstream.feedbackRequested({ caseId: caseA, section: 'BE-FR', period: periodOf(new Date()) });
    const submit = `mutation($token: String!, $period: String!, $entries: [FeedbackEntryInput!]!) { submitFeedback(token: $token, period: $period, entries: $entries) { revision } }`;
    for (const entries of [
      [{ caseId: caseA, letters: 4, signaturesCollected: 15, otherActions: 1 }],
      [{ caseId: caseA, letters: 6, signaturesCollected: 0, otherActions: 2 }, { caseId: caseB, letters: 3, signaturesCollected: 0, otherActions: 0 }],
    ]) {
      expect((await service.call(submit, { token: link.token, period: periodOf(new Date()), entries })).errors).toBeUndefined();
    }

    // Every event of the two cases, as written in the outbox, must reach a fresh consumer of the topic.
    const expectedIds = new Set(
      (await service.sql<{ event_id: string }>(`SELECT event_id FROM outbox WHERE aggregate_id = ANY($1)`, [[caseA, caseB]])).map((row) => row.event_id),
    );
    const received: ReceivedEvent[] = [];
    const kafka = createKafka(await testKafkaConnection('actions-stream-test'), testLogger());
    const subscription: EventSubscription = await subscribeToEvents(kafka, {
      topics: [Topic.Actions],
      groupId: uniqueName('actions-stream-rebuild'),
      fromBeginning: true,
      onEvent: (event) => {
        if (event.key === caseA || event.key === caseB) received.push(event);
      },
    });
    try {
      await waitFor('every event of the two cases on plume.actions', () => expectedIds.size > 0 && [...expectedIds].every((id) => received.some((r) => r.event.id === id)), 60_000);
    } finally {
      await subscription.stop();
    }

    for (const caseId of [caseA, caseB]) {
      for (const section of [null, 'BE-FR', 'DZ']) {
        expect({ caseId, section, totals: rebuildTotals(received, caseId, section) }).toEqual({ caseId, section, totals: await apiTotals(caseId, section) });
      }
    }
    expect(await apiTotals(caseA, null)).toEqual({ LETTER: 6, EMAIL: 1, ONLINE_SIGNATURE: 4, PAPER_SIGNATURES: 40, OTHER: 2 });
    expect(await apiTotals(caseB, null)).toEqual({ LETTER: 3, TWEET: 1, ONLINE_SIGNATURE: 2, PAPER_SIGNATURES: 120 });

    // Contracts hold, keys are the case, and nothing personal travels.
    for (const { event, key } of received) {
      expect(contractFor(event.type)!.schema.safeParse(event.data).success).toBe(true);
      expect(key).toBe((event.data as { caseId: string }).caseId);
    }
    const stream = JSON.stringify(received.map((r) => ({ data: r.event.data, headers: r.headers })));
    for (const signer of signers) {
      expect(stream).not.toContain(signer.email);
      expect(stream).not.toContain(signer.name);
    }
    expect(stream).not.toMatch(/@|"(name|email|country|signer\w*)":/i);

    // The command-line tail, a real consumer on the shared contracts, prints the same events one line each.
    const signatureEvents = received.filter((r) => r.key === caseA && (r.event.data as ActionEventData).type === 'ONLINE_SIGNATURE' && r.event.type.startsWith('org.plume.action.'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [require.resolve('tsx/cli'), 'tools/actions-tail/tail.ts', '--from-beginning', '--case', caseA, '--type', 'ONLINE_SIGNATURE', '--max', String(signatureEvents.length), '--brokers', (await testKafkaBrokers()).join(',')],
      // In this test file's topic namespace, as the service under test.
      { cwd: ROOT, timeout: 60_000, env: childProcessEnvironment({ KAFKA_TOPIC_PREFIX: TEST_TOPIC_PREFIX }) },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(signatureEvents.length);
    expect(lines.every((line) => line.includes(`case=${caseA}`) && line.includes('type=ONLINE_SIGNATURE'))).toBe(true);
    expect(lines.filter((line) => line.includes(' action.retracted ')).map((line) => /quantity=(\S+)/.exec(line)?.[1])).toEqual(['-1']);
  });
});
