import type { EntityManager } from 'typeorm';
import { conflict, forbidden, notFound, isUuid } from '@plume/errors';
import { EmbassyEntity } from '../embassies/embassy.entity';
import type { KnownCaseService } from '../known-cases/known-case.service';
import { DeliveryEntity, OPEN_DELIVERY_STATUSES } from './delivery.entity';

/** The caller of a delivery change: a staff member of a section (see requireSectionRole). */
export interface SectionStaff {
  subject: string;
  section: string;
}

export interface OpenDelivery {
  delivery: DeliveryEntity;
  embassy: EmbassyEntity;
}

/**
 * A delivery that is about to change: it exists (NOT_FOUND), belongs to the caller's section
 * (FORBIDDEN), and is still PLANNED or POSTPONED (CONFLICT). Locks its case first, then the delivery —
 * the order every writer of a case's deliveries follows, including the release consumer.
 */
export async function lockOpenDelivery(
  manager: EntityManager,
  knownCases: KnownCaseService,
  deliveryId: string,
  caller: SectionStaff,
  change: string,
): Promise<OpenDelivery> {
  const deliveries = manager.getRepository(DeliveryEntity);
  const found = isUuid(deliveryId) ? await deliveries.findOneBy({ id: deliveryId }) : null;
  if (!found) throw notFound('Delivery', deliveryId);
  if (found.section !== caller.section) throw forbidden(`This delivery belongs to section ${found.section}: only its staff may change it.`);
  await knownCases.lock(manager, found.caseId);
  const delivery = await deliveries.findOneOrFail({ where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
  if (!OPEN_DELIVERY_STATUSES.includes(delivery.status)) {
    throw conflict(`The delivery is ${delivery.status}: only a PLANNED or POSTPONED delivery can be ${change}.`);
  }
  const embassy = await manager.getRepository(EmbassyEntity).findOneByOrFail({ id: delivery.embassyId });
  return { delivery, embassy };
}
