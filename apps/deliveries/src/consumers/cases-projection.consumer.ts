import { createCaseProjectionConsumer } from '@plume/case-projection';
import type { IdempotentConsumerOptions, Lifecycle } from '@plume/events';
import type { DeliveriesServices } from '../services';

type ConsumerSettings = Pick<IdempotentConsumerOptions, 'kafka' | 'dataSource' | 'logger' | 'groupId'>;

/**
 * Keeps the shared projection of cases from plume.cases. A case becoming RELEASED or CLOSED cancels its
 * planned deliveries with that reason, in the same transaction as the projection update (which took the
 * case's row lock first) and the processed-event mark: a redelivered event finds its mark and cancels
 * nothing twice.
 */
export function createCasesProjectionConsumer(settings: ConsumerSettings, services: Pick<DeliveriesServices, 'transitions'>): Lifecycle {
  return createCaseProjectionConsumer({
    ...settings,
    onStatusChanged: async (data, manager, event) => {
      if (data.status === 'ACTIVE') return;
      const reason = data.status === 'RELEASED' ? 'CASE_RELEASED' : 'CASE_CLOSED';
      const cancelled = await services.transitions.cancelOpenDeliveriesOfCase(manager, data.caseId, reason, `event:${event.id}`);
      if (cancelled > 0) settings.logger.info({ caseId: data.caseId, cancelled, reason }, 'planned deliveries cancelled');
    },
  });
}
