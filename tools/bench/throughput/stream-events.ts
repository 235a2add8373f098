import { ActionRecorded, ActionRetracted, createEventPublisher, type createKafka, type PublishedEvent } from '@plume/events';
import type { ActionRow } from '../history/action-row';

const counted = (row: ActionRow) => ({
  actionId: row.id,
  caseId: row.caseId,
  campaignId: row.campaignId,
  section: row.section,
  supporterId: row.supporterId,
  type: row.type,
  source: row.source,
  quantity: row.quantity,
  occurredAt: row.occurredAt.toISOString(),
});

/** `action.recorded` of a row, as the actions subgraph's outbox relay publishes it (keyed by case). */
export const recorded = (row: ActionRow): PublishedEvent<typeof ActionRecorded> => ({
  aggregateId: row.caseId,
  time: row.recordedAt,
  data: { ...counted(row), recordedAt: row.recordedAt.toISOString(), feedbackSubmissionId: null },
});

/** `action.retracted` of a RETRACTED row: the signer said "that was not me". */
export const retracted = (row: ActionRow): PublishedEvent<typeof ActionRetracted> => ({
  aggregateId: row.caseId,
  time: row.retractedAt ?? row.recordedAt,
  data: { ...counted(row), retractedAt: (row.retractedAt ?? row.recordedAt).toISOString(), reason: 'SIGNER_RETRACTED' },
});

/** How many messages a stream of rows makes: one per action, one more per retraction. */
export const messageCount = (rows: ActionRow[]) => rows.length + rows.filter((row) => row.status === 'RETRACTED').length;

/**
 * Publishes the rows' events with @plume/events' publisher (validated against the contracts, acks from
 * all replicas, idempotent), `batchSize` per send; at most `rate` actions per second when rate > 0.
 * Each batch's retractions follow its recordings: same key, same partition, so in order.
 */
export async function publishActions(
  kafka: ReturnType<typeof createKafka>,
  rows: ActionRow[],
  options: { batchSize: number; rate: number; onBatch(published: number): void },
): Promise<{ ms: number }> {
  const publisher = await createEventPublisher(kafka);
  const started = performance.now();
  let published = 0;
  try {
    for (let start = 0; start < rows.length; start += options.batchSize) {
      const batch = rows.slice(start, start + options.batchSize);
      await publisher.publish(ActionRecorded, batch.map(recorded));
      const withdrawn = batch.filter((row) => row.status === 'RETRACTED');
      if (withdrawn.length > 0) await publisher.publish(ActionRetracted, withdrawn.map(retracted));
      published += batch.length + withdrawn.length;
      options.onBatch(published);
      if (options.rate > 0) {
        const due = started + ((start + batch.length) / options.rate) * 1000;
        if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
      }
    }
  } finally {
    await publisher.stop();
  }
  return { ms: performance.now() - started };
}
