import { randomUUID } from 'node:crypto';
import { createCloudEvent, createKafka, ensureTopics, toKafkaRecord, Topic, topicName } from '@plume/events';
import { testKafkaConnection, testLogger } from '@plume/testing';

type CaseStatus = 'ACTIVE' | 'RELEASED' | 'CLOSED';

export interface CaseEventProducer {
  /** Publishes org.plume.case.created.v1 for a new case; resolves to its id. */
  created(slug: string): Promise<string>;
  /** Publishes org.plume.case.status-changed.v1 with the given ce_id (the same id twice is a redelivery). */
  statusChanged(caseId: string, status: CaseStatus, eventId?: string): Promise<void>;
  /** Publishes org.plume.case.updated.v1 (keyed by the case: it arrives after earlier events of the case). */
  updated(caseId: string, slug: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Plays the cases subgraph on the real plume.cases topic: real CloudEvents in Kafka binary mode, keyed
 * by case id, so the supporters service's consumer reads them exactly as it reads the real ones.
 */
export async function startCaseEventProducer(): Promise<CaseEventProducer> {
  const kafka = createKafka(await testKafkaConnection('case-events'), testLogger());
  await ensureTopics(kafka, [Topic.Cases]);
  const producer = kafka.producer();
  await producer.connect();
  const publish = async (caseId: string, type: string, data: Record<string, unknown>, id?: string) => {
    const event = createCloudEvent({ id, type, source: '/plume/cases', subject: `case/${caseId}`, data });
    await producer.send({ topic: topicName(kafka, Topic.Cases), acks: -1, messages: [toKafkaRecord(event, caseId)] });
  };
  const classification = (caseId: string, slug: string) => ({ caseId, slug, country: 'DZ', themes: ['journalists'], published: true, campaignCodes: ['W4R-2020'] });
  return {
    async created(slug) {
      const caseId = randomUUID();
      await publish(caseId, 'org.plume.case.created.v1', { ...classification(caseId, slug), status: 'ACTIVE', defaultLanguage: 'fr' });
      return caseId;
    },
    async statusChanged(caseId, status, eventId) {
      await publish(caseId, 'org.plume.case.status-changed.v1', { caseId, previousStatus: 'ACTIVE', status, effectiveOn: '2021-02-19' }, eventId);
    },
    async updated(caseId, slug) {
      await publish(caseId, 'org.plume.case.updated.v1', { ...classification(caseId, slug), changedFields: ['slug'] });
    },
    stop: () => producer.disconnect(),
  };
}
