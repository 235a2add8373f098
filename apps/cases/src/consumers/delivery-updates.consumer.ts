import { createIdempotentConsumer, DeliveryCompleted, onEvent, Topic, type IdempotentConsumerOptions, type Lifecycle } from '@plume/events';
import { CaseEntity } from '../cases/case.entity';
import { handoverAnnouncement } from '../case-updates/handover-announcement';
import type { CaseUpdateService } from '../case-updates/case-update.service';

type ConsumerSettings = Pick<IdempotentConsumerOptions, 'kafka' | 'dataSource' | 'logger' | 'groupId'>;

/**
 * Turns each handover of the deliveries subgraph (delivery.completed on plume.deliveries) into a public
 * case update in the case's languages. The update, its outbox event and the processed-event mark commit
 * together: a redelivered handover is announced once.
 */
export function createDeliveryUpdatesConsumer(settings: ConsumerSettings, caseUpdates: CaseUpdateService): Lifecycle {
  return createIdempotentConsumer({
    ...settings,
    topics: [Topic.Deliveries],
    handlers: onEvent(DeliveryCompleted, async (handover, manager) => {
      const entity = await manager.getRepository(CaseEntity).findOneBy({ id: handover.caseId });
      if (!entity) {
        // Not this database's case (another environment's event on a shared broker): nothing to announce.
        settings.logger.warn({ caseId: handover.caseId, deliveryId: handover.deliveryId }, 'handover of an unknown case: no case update');
        return;
      }
      const text = handoverAnnouncement(handover, Object.keys(entity.summary));
      const entries = (texts: Record<string, string>) => Object.entries(texts).map(([language, value]) => ({ language, text: value }));
      await caseUpdates.publishIn(manager, {
        caseId: entity.id,
        title: entries(text.title),
        body: entries(text.body),
        publishedAt: new Date(handover.deliveredAt),
      });
    }),
  });
}
