import type { EntityManager } from 'typeorm';
import { appendToOutbox, type EventContract, type EventData } from '@plume/events';
import type { EmbassyEntity } from '../embassies/embassy.entity';
import { DELIVERIES_EVENT_SOURCE } from '../events';
import { DeliveryStatusChangeEntity } from './delivery-status-change.entity';
import type { DeliveryEntity } from './delivery.entity';

type DeliveryEventFields = 'deliveryId' | 'caseId' | 'section' | 'embassy';

export interface StatusChange {
  /** When it happened in the world (a handover may be recorded days later). */
  at: Date;
  /** Internal: staff of the section only; never in an event. */
  reason: string | null;
  /** A staff member's token subject, or the event that caused the change. */
  changedBy: string;
}

/**
 * Writes what every change of a delivery leaves behind, in the caller's transaction: the history step
 * (with the delivery's new status) and the event announcing it. The event carries ids, the embassy's
 * public directory data and what `data` adds; never notes, reasons or names.
 */
export async function recordDeliveryChange<Contract extends EventContract>(
  manager: EntityManager,
  delivery: DeliveryEntity,
  embassy: EmbassyEntity,
  change: StatusChange,
  contract: Contract,
  data: Omit<EventData<Contract>, DeliveryEventFields>,
): Promise<void> {
  await manager.insert(DeliveryStatusChangeEntity, {
    deliveryId: delivery.id,
    status: delivery.status,
    at: change.at,
    plannedFor: delivery.plannedFor,
    reason: change.reason,
    changedBy: change.changedBy,
  });
  await appendToOutbox(manager, {
    contract,
    aggregateId: delivery.id,
    source: DELIVERIES_EVENT_SOURCE,
    occurredAt: change.at,
    data: {
      deliveryId: delivery.id,
      caseId: delivery.caseId,
      section: delivery.section,
      embassy: {
        embassyId: embassy.id,
        representedCountry: embassy.representedCountry,
        hostCountry: embassy.hostCountry,
        city: embassy.city,
        cityNames: embassy.cityNames,
      },
      ...data,
    } as EventData<Contract>,
  });
}
