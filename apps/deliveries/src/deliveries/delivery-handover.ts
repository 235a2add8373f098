import type { DataSource, EntityManager } from 'typeorm';
import { DeliveryCompleted } from '@plume/events';
import { badUserInput } from '@plume/errors';
import type { KnownCaseService } from '../known-cases/known-case.service';
import type { HandoverCounts } from '../tally/handover-counts';
import type { TallyService } from '../tally/tally.service';
import { recordDeliveryChange } from './delivery-record';
import type { DeliveryEntity, Evidence } from './delivery.entity';
import type { RecordHandoverInput } from './delivery.input';
import { lockOpenDelivery, type OpenDelivery, type SectionStaff } from './open-delivery';

/**
 * Recording a handover: the counts are frozen from the local tally — what the section collected for
 * the case up to the cut-off that no earlier handover covered — and published with delivery.completed.
 */
export class DeliveryHandover {
  constructor(
    private readonly dataSource: DataSource,
    private readonly knownCases: KnownCaseService,
    private readonly tally: TallyService,
  ) {}

  record(caller: SectionStaff, input: RecordHandoverInput): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const open = await lockOpenDelivery(manager, this.knownCases, input.deliveryId, caller, 'handed over');
      // Recorded as it happens, the default is "now"; recorded later, nothing after the handover went with it.
      const cutoffAt = input.cutoffAt ?? input.deliveredAt;
      await requireCutoffNotBeforePrevious(manager, open.delivery, cutoffAt, input.cutoffAt ? 'input.cutoffAt' : 'input.deliveredAt');
      const counts = await this.tally.freeze(manager, { deliveryId: open.delivery.id, caseId: open.delivery.caseId, section: open.delivery.section, cutoffAt });
      return complete(manager, open, { ...input, cutoffAt, counts }, caller.subject);
    });
  }

  /**
   * A handover from the section's paper archive (before Plume tallied anything): the counts are the
   * ones written down at the time. Used by the demo seed only; the API always freezes the tally.
   */
  recordFromArchive(caller: SectionStaff, input: RecordHandoverInput & { counts: HandoverCounts }): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const open = await lockOpenDelivery(manager, this.knownCases, input.deliveryId, caller, 'handed over');
      const cutoffAt = input.cutoffAt ?? input.deliveredAt;
      await requireCutoffNotBeforePrevious(manager, open.delivery, cutoffAt, 'input.cutoffAt');
      return complete(manager, open, { ...input, cutoffAt }, caller.subject);
    });
  }
}

interface Handover {
  deliveredAt: Date;
  cutoffAt: Date;
  counts: HandoverCounts;
  receivedBy: { title: string; name: string | null };
  evidence: Evidence[];
  notes?: string | null;
}

async function complete(manager: EntityManager, { delivery, embassy }: OpenDelivery, handover: Handover, changedBy: string): Promise<DeliveryEntity> {
  Object.assign(delivery, {
    status: 'DELIVERED',
    deliveredAt: handover.deliveredAt,
    cutoffAt: handover.cutoffAt,
    ...handover.counts,
    receivedByTitle: handover.receivedBy.title,
    receivedByName: handover.receivedBy.name,
    deliveredBy: changedBy,
    evidence: [...delivery.evidence, ...handover.evidence],
    notes: handover.notes ?? delivery.notes,
  });
  await manager.save(delivery);
  await recordDeliveryChange(manager, delivery, embassy, { at: handover.deliveredAt, reason: null, changedBy }, DeliveryCompleted, {
    deliveredAt: handover.deliveredAt.toISOString(),
    cutoffAt: handover.cutoffAt.toISOString(),
    counts: handover.counts,
  });
  return delivery;
}

/** Cut-offs of a case and section only move forward: a later handover never reaches back before an earlier one. */
async function requireCutoffNotBeforePrevious(manager: EntityManager, delivery: DeliveryEntity, cutoffAt: Date, field: string): Promise<void> {
  const [{ previous }]: { previous: Date | null }[] = await manager.query(
    `SELECT max(cutoff_at) AS previous FROM delivery WHERE case_id = $1 AND section = $2 AND status = 'DELIVERED'`,
    [delivery.caseId, delivery.section],
  );
  if (previous && cutoffAt.getTime() < new Date(previous).getTime()) {
    const message = `must not be before the cut-off of this section's previous handover for the case (${new Date(previous).toISOString()})`;
    throw badUserInput(`Invalid input. ${field}: ${message}`, [{ field, message }]);
  }
}
