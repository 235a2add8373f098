import { In, type DataSource } from 'typeorm';
import type { KnownCaseEntity } from '@plume/case-projection';
import { DeliveryPlanned } from '@plume/events';
import { badUserInput, type InvalidField } from '@plume/errors';
import { EmbassyEntity } from '../embassies/embassy.entity';
import type { KnownCaseService } from '../known-cases/known-case.service';
import { sectionCountry } from '../section-country';
import { recordDeliveryChange } from './delivery-record';
import { DeliveryEntity, OPEN_DELIVERY_STATUSES } from './delivery.entity';
import type { PlanDeliveryInput } from './delivery.input';
import type { SectionStaff } from './open-delivery';

export interface DeliveryWarning {
  code: 'CASE_RELEASED' | 'ALREADY_PLANNED';
  message: string;
}

export interface PlannedDelivery {
  delivery: DeliveryEntity;
  warnings: DeliveryWarning[];
}

/** Planning a handover: the case must be known and not CLOSED, the embassy the right one for case and section. */
export class DeliveryPlanning {
  constructor(
    private readonly dataSource: DataSource,
    private readonly knownCases: KnownCaseService,
  ) {}

  plan(caller: SectionStaff, input: PlanDeliveryInput): Promise<PlannedDelivery> {
    return this.dataSource.transaction(async (manager) => {
      const { knownCase, embassy } = requirePlannable(
        await this.knownCases.lock(manager, input.caseId),
        await manager.getRepository(EmbassyEntity).findOneBy({ id: input.embassyId }),
        caller.section,
      );
      const warnings: DeliveryWarning[] = [];
      if (knownCase.status === 'RELEASED') {
        warnings.push({ code: 'CASE_RELEASED', message: 'The person was released: check that a handover still helps (e.g. charges still pending).' });
      }
      const alreadyOpen = await manager.getRepository(DeliveryEntity).countBy({
        caseId: input.caseId,
        section: caller.section,
        status: In([...OPEN_DELIVERY_STATUSES]),
      });
      if (alreadyOpen > 0) {
        warnings.push({ code: 'ALREADY_PLANNED', message: `Your section already has ${alreadyOpen} planned or postponed delivery(ies) for this case.` });
      }
      const delivery = manager.create(DeliveryEntity, {
        caseId: input.caseId,
        section: caller.section,
        embassyId: embassy.id,
        status: 'PLANNED',
        plannedFor: input.plannedFor,
        deliveredAt: null,
        cutoffAt: null,
        onlineSignatures: null,
        paperSignatures: null,
        letters: null,
        receivedByTitle: null,
        receivedByName: null,
        deliveredBy: null,
        notes: input.notes ?? null,
        evidence: [],
        plannedBy: caller.subject,
      });
      await manager.save(delivery);
      await recordDeliveryChange(manager, delivery, embassy, { at: new Date(), reason: null, changedBy: caller.subject }, DeliveryPlanned, {
        plannedFor: input.plannedFor,
      });
      return { delivery, warnings };
    });
  }
}

/**
 * The case and embassy, when a delivery of `section` can be planned with them; otherwise BAD_USER_INPUT
 * with every reason at once, so a form can be fixed in one go.
 */
function requirePlannable(knownCase: KnownCaseEntity | null, embassy: EmbassyEntity | null, section: string): { knownCase: KnownCaseEntity; embassy: EmbassyEntity } {
  const problems: InvalidField[] = [];
  if (!knownCase) problems.push({ field: 'input.caseId', message: 'no such case (or not known to the deliveries service yet)' });
  else if (knownCase.status === 'CLOSED') problems.push({ field: 'input.caseId', message: 'the case is CLOSED: its petitions are no longer handed over' });
  if (!embassy) problems.push({ field: 'input.embassyId', message: 'no such embassy in the directory' });
  else if (embassy.hostCountry !== sectionCountry(section)) {
    problems.push({ field: 'input.embassyId', message: `the embassy is in ${embassy.hostCountry}; section ${section} hands over in ${sectionCountry(section)}` });
  }
  if (embassy && knownCase?.country && embassy.representedCountry !== knownCase.country) {
    problems.push({ field: 'input.embassyId', message: `the embassy represents ${embassy.representedCountry}, the case is about ${knownCase.country}` });
  }
  if (!knownCase || !embassy || problems.length > 0) {
    throw badUserInput(`This delivery cannot be planned. ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
  }
  return { knownCase, embassy };
}
