import { randomBytes, randomUUID } from 'node:crypto';
import {
  CampaignCreated,
  CaseCreated,
  CaseStatusChanged,
  createEventPublisher,
  createKafka,
  SupporterErased,
  SupporterFeedbackRequested,
  type EventContract,
  type EventData,
  type KafkaConnection,
} from '@plume/events';
import { tokenHash } from '@plume/privacy';
import { testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import type { ActionsTestService } from './actions-test-service';

export interface KnownCaseOptions {
  status?: 'ACTIVE' | 'RELEASED' | 'CLOSED';
  statusChangedOn?: string;
  published?: boolean;
  campaignCodes?: string[];
  /** ISO code of the case's country; DZ by default. */
  country?: string;
}

export interface UpstreamEvents {
  /** A case, as the cases subgraph announces it; resolves once the service's projection knows it. */
  knownCase(options?: KnownCaseOptions): Promise<string>;
  /** A campaign (code made unique per test run); resolves to { id, code } once projected. */
  knownCampaign(status?: 'DRAFT' | 'ACTIVE' | 'ENDED'): Promise<{ id: string; code: string }>;
  /** A monthly questionnaire request, as the supporters subgraph announces it; resolves to the link's token. */
  feedbackRequested(request: { caseId: string; section: string; period: string; supporterId?: string; adoptionId?: string }): Promise<FeedbackLink>;
  /** `supporter.erased`; resolves once the service has applied it. */
  supporterErased(erasure: { supporterId: string; section: string; contactReference: string }): Promise<void>;
  stop(): Promise<void>;
}

export interface FeedbackLink {
  token: string;
  feedbackRequestId: string;
  adoptionId: string;
  supporterId: string;
}

/**
 * Plays the cases and supporters subgraphs on the real plume.cases and plume.supporters topics (events
 * checked against their contracts by the shared publisher), and waits (with a deadline) until the
 * service under test has applied them. Slugs and codes are unique so that no reader takes them for
 * demo data. `connection`: another broker than the test broker (a service on a createDedicatedBroker).
 */
export async function startUpstreamEvents(service: ActionsTestService, connection?: KafkaConnection): Promise<UpstreamEvents> {
  const kafka = createKafka(connection ?? (await testKafkaConnection('actions-upstream')), testLogger());
  const publisher = await createEventPublisher(kafka);
  const publish = async <Contract extends EventContract>(contract: Contract, aggregateId: string, data: EventData<Contract>) => {
    const [event] = await publisher.publish(contract, [{ aggregateId, data }]);
    return event;
  };
  const applied = (eventId: string) =>
    waitFor(`event ${eventId} to be applied`, async () => (await service.sql('SELECT 1 FROM processed_event WHERE event_id = $1', [eventId])).length > 0);

  return {
    async knownCase(options = {}) {
      const caseId = randomUUID();
      const slug = uniqueName('actions-test-case').toLowerCase();
      const classification = { caseId, slug, country: options.country ?? 'DZ', themes: ['journalists'], published: options.published ?? true, campaignCodes: options.campaignCodes ?? [] };
      let lastId = (await publish(CaseCreated, caseId, { ...classification, status: 'ACTIVE', defaultLanguage: 'fr' })).id;
      if (options.status && options.status !== 'ACTIVE') {
        lastId = (await publish(CaseStatusChanged, caseId, { caseId, previousStatus: 'ACTIVE', status: options.status, effectiveOn: options.statusChangedOn ?? '2017-10-26' })).id;
      }
      await applied(lastId);
      return caseId;
    },
    async knownCampaign(status = 'ACTIVE') {
      const id = randomUUID();
      const code = `T-${randomBytes(4).toString('hex').toUpperCase()}`;
      const event = await publish(CampaignCreated, id, { campaignId: id, code, kind: 'GLOBAL_MARATHON', status, startsOn: '2020-11-20', endsOn: null });
      await applied(event.id);
      return { id, code };
    },
    async feedbackRequested(request) {
      const token = randomBytes(32).toString('base64url');
      const link = { token, feedbackRequestId: randomUUID(), adoptionId: request.adoptionId ?? randomUUID(), supporterId: request.supporterId ?? randomUUID() };
      const event = await publish(
        SupporterFeedbackRequested,
        link.supporterId,
        { feedbackRequestId: link.feedbackRequestId, adoptionId: link.adoptionId, supporterId: link.supporterId, section: request.section, caseId: request.caseId, period: request.period, tokenHash: tokenHash(token) }
      );
      await applied(event.id);
      return link;
    },
    async supporterErased(erasure) {
      const event = await publish(SupporterErased, erasure.supporterId, erasure);
      await applied(event.id);
    },
    stop: () => publisher.stop(),
  };
}
