import { randomUUID } from 'node:crypto';
import {
  ActionRecorded,
  ActionRetracted,
  CaseCreated,
  CaseStatusChanged,
  createEventPublisher,
  createKafka,
  type CloudEvent,
  type EventData,
  type EventPublisher,
} from '@plume/events';
import { testKafkaConnection, testLogger } from '@plume/testing';

type ActionData = EventData<typeof ActionRecorded>;

export interface Signing {
  type?: ActionData['type'];
  source?: ActionData['source'];
  quantity?: number;
  occurredAt: Date;
}

export interface UpstreamEvents {
  publisher: EventPublisher;
  /** A new case on plume.cases, as the cases subgraph announces it; resolves to its id. */
  caseCreated(options?: { country?: string; published?: boolean }): Promise<string>;
  /** The case's status change on plume.cases; `id` reused is a redelivery. */
  caseStatusChanged(caseId: string, status: 'RELEASED' | 'CLOSED', id?: string): Promise<CloudEvent>;
  /** Actions recorded for a case by a section, on plume.actions (one online signature each by default). */
  actionsRecorded(caseId: string, section: string, signings: Signing[]): Promise<CloudEvent<ActionData>[]>;
  /** The same events again, same ce_id and data (what a relay does after a crash). */
  redeliver(recorded: CloudEvent<ActionData>[]): Promise<void>;
  /** The retraction of a recorded action, on plume.actions. */
  actionRetracted(recorded: CloudEvent<ActionData>): Promise<CloudEvent>;
  stop(): Promise<void>;
}

/** Plays the cases and actions subgraphs on the real topics, with real CloudEvents keyed by case id. */
export async function startUpstreamEvents(): Promise<UpstreamEvents> {
  const kafka = createKafka(await testKafkaConnection('deliveries-upstream'), testLogger());
  const publisher = await createEventPublisher(kafka);
  return {
    publisher,
    async caseCreated({ country = 'SV', published = true } = {}) {
      const caseId = randomUUID();
      await publisher.publish(CaseCreated, [
        {
          aggregateId: caseId,
          data: { caseId, slug: `case-${caseId.slice(0, 8)}`, country, themes: ['womens-rights'], published, campaignCodes: ['IAR-BE-FR'], status: 'ACTIVE', defaultLanguage: 'fr' },
        },
      ]);
      return caseId;
    },
    async caseStatusChanged(caseId, status, id) {
      const [event] = await publisher.publish(CaseStatusChanged, [
        { aggregateId: caseId, id, data: { caseId, previousStatus: 'ACTIVE', status, effectiveOn: '2018-02-15' } },
      ]);
      return event;
    },
    actionsRecorded(caseId, section, signings) {
      return publisher.publish(
        ActionRecorded,
        signings.map((signing) => ({
          aggregateId: caseId,
          data: {
            actionId: randomUUID(),
            caseId,
            campaignId: null,
            section,
            supporterId: null,
            type: signing.type ?? 'ONLINE_SIGNATURE',
            source: signing.source ?? 'WEBSITE',
            quantity: signing.quantity ?? 1,
            occurredAt: signing.occurredAt.toISOString(),
            recordedAt: signing.occurredAt.toISOString(),
            feedbackSubmissionId: null,
          },
        })),
      );
    },
    async redeliver(recorded) {
      await publisher.publish(
        ActionRecorded,
        recorded.map((event) => ({ aggregateId: event.data.caseId, id: event.id, time: new Date(event.time), data: event.data })),
      );
    },
    async actionRetracted(recorded) {
      const { recordedAt: _recordedAt, feedbackSubmissionId: _feedback, ...action } = recorded.data;
      const [event] = await publisher.publish(ActionRetracted, [
        { aggregateId: action.caseId, data: { ...action, retractedAt: new Date().toISOString(), reason: 'SIGNER_RETRACTED' } },
      ]);
      return event;
    },
    stop: () => publisher.stop(),
  };
}
