import type { DataSource, EntityManager } from 'typeorm';
import { DeliveryCancelled, DeliveryPostponed, DeliveryRefused } from '@plume/events';
import { EmbassyEntity } from '../embassies/embassy.entity';
import type { KnownCaseService } from '../known-cases/known-case.service';
import { recordDeliveryChange } from './delivery-record';
import { DeliveryEntity, OPEN_DELIVERY_STATUSES } from './delivery.entity';
import type { CancelDeliveryInput, PostponeDeliveryInput, RecordRefusalInput } from './delivery.input';
import { lockOpenDelivery, type SectionStaff } from './open-delivery';

export type CaseEndReason = 'CASE_RELEASED' | 'CASE_CLOSED';

/** The changes of a planned delivery other than the handover itself. */
export class DeliveryTransitions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly knownCases: KnownCaseService,
  ) {}

  postpone(caller: SectionStaff, input: PostponeDeliveryInput): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { delivery, embassy } = await lockOpenDelivery(manager, this.knownCases, input.deliveryId, caller, 'postponed');
      const previousPlannedFor = delivery.plannedFor;
      delivery.status = 'POSTPONED';
      delivery.plannedFor = input.plannedFor ?? null;
      await manager.save(delivery);
      await recordDeliveryChange(manager, delivery, embassy, { at: new Date(), reason: input.reason ?? null, changedBy: caller.subject }, DeliveryPostponed, {
        previousPlannedFor,
        plannedFor: delivery.plannedFor,
      });
      return delivery;
    });
  }

  cancel(caller: SectionStaff, input: CancelDeliveryInput): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { delivery, embassy } = await lockOpenDelivery(manager, this.knownCases, input.deliveryId, caller, 'cancelled');
      const at = new Date();
      delivery.status = 'CANCELLED';
      await manager.save(delivery);
      await recordDeliveryChange(manager, delivery, embassy, { at, reason: input.reason, changedBy: caller.subject }, DeliveryCancelled, {
        reason: 'STAFF_DECISION',
        cancelledAt: at.toISOString(),
      });
      return delivery;
    });
  }

  /** The embassy would not take the petitions: nothing is frozen, so what was collected stays awaiting. */
  refuse(caller: SectionStaff, input: RecordRefusalInput): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { delivery, embassy } = await lockOpenDelivery(manager, this.knownCases, input.deliveryId, caller, 'refused');
      const refusedAt = input.refusedAt ?? new Date();
      delivery.status = 'REFUSED';
      delivery.evidence = [...delivery.evidence, ...input.evidence];
      await manager.save(delivery);
      await recordDeliveryChange(manager, delivery, embassy, { at: refusedAt, reason: input.reason ?? null, changedBy: caller.subject }, DeliveryRefused, {
        refusedAt: refusedAt.toISOString(),
      });
      return delivery;
    });
  }

  /**
   * A case released or closed: its planned (and postponed) deliveries are cancelled with that reason.
   * Runs in the consumer's transaction, after the case's row was locked by its status update; a second
   * run finds nothing open, so applying the same event twice changes nothing.
   */
  async cancelOpenDeliveriesOfCase(manager: EntityManager, caseId: string, reason: CaseEndReason, changedBy: string): Promise<number> {
    const open = await manager
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.case_id = :caseId', { caseId })
      .andWhere('d.status IN (:...open)', { open: OPEN_DELIVERY_STATUSES })
      .orderBy('d.created_at')
      .getMany();
    const at = new Date();
    for (const delivery of open) {
      const embassy = await manager.getRepository(EmbassyEntity).findOneByOrFail({ id: delivery.embassyId });
      delivery.status = 'CANCELLED';
      await manager.save(delivery);
      await recordDeliveryChange(manager, delivery, embassy, { at, reason, changedBy }, DeliveryCancelled, { reason, cancelledAt: at.toISOString() });
    }
    return open.length;
  }
}
