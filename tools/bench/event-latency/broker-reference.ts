import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { ActionRecorded, createEventPublisher, createKafka, deleteTopicsWithPrefix, type EventData } from '@plume/events';
import { watchRecordedActions } from '../shared/action-events';
import { distribution, type Distribution } from '../shared/distribution';
import type { BenchPlatform } from '../shared/platform';

const TICK_MS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function madeUpAction(): EventData<typeof ActionRecorded> {
  const now = new Date().toISOString();
  return {
    actionId: randomUUID(),
    caseId: randomUUID(),
    campaignId: null,
    section: 'BE-FR',
    supporterId: null,
    type: 'ONLINE_SIGNATURE',
    source: 'WEBSITE',
    quantity: 1,
    occurredAt: now,
    recordedAt: now,
    feedbackSubmissionId: null,
  };
}

/**
 * The reference of the event latency: made-up `action.recorded` events published straight to the
 * broker (createEventPublisher: acks=all, idempotent producer, as the relay sends) at `rate` per
 * second, in batches every 20 ms, to the same kind of subscriber — no database, no outbox, no relay.
 * In a topic namespace of its own (deleted afterwards): the platform's consumers never see them.
 */
export async function brokerRoundTrip(connection: BenchPlatform['kafka'], run: string, rate: number, seconds: number): Promise<Distribution> {
  const reference = { brokers: connection.brokers, topicPrefix: `${connection.topicPrefix}${run}.ref.` };
  const kafka = createKafka({ ...reference, clientId: `${run}.ref` }, pino({ level: 'error' }));
  const publisher = await createEventPublisher(kafka);
  const sentAt = new Map<string, number>();
  const publish = async (count: number) => {
    const events = Array.from({ length: count }, madeUpAction);
    const at = Date.now();
    for (const data of events) sentAt.set(data.actionId, at);
    await publisher.publish(ActionRecorded, events.map((data) => ({ aggregateId: data.caseId, data })));
  };
  const watch = await watchRecordedActions(reference, `${run}.ref`);
  try {
    await watch.untilLive(() => publish(1));
    const probes = new Set(sentAt.keys());
    const started = Date.now();
    let due = 0;
    for (let tick = 0; Date.now() - started < seconds * 1000; tick++) {
      const next = Math.floor(((tick + 1) * TICK_MS * rate) / 1000);
      if (next > due) await publish(next - due);
      due = next;
      await sleep(Math.max(0, started + (tick + 1) * TICK_MS - Date.now()));
    }
    const measured = [...sentAt.keys()].filter((id) => !probes.has(id));
    await watch.waitForAll(measured, 10_000);
    return distribution(
      measured.flatMap((id) => {
        const arrived = watch.arrivals.get(id);
        const sent = sentAt.get(id);
        return arrived === undefined || sent === undefined ? [] : [arrived - sent];
      }),
    );
  } finally {
    await watch.stop();
    await publisher.stop();
    await deleteTopicsWithPrefix(kafka, reference.topicPrefix).catch(() => undefined);
  }
}
