import type { EntityManager } from 'typeorm';
import { appendToOutbox, SupporterAdoptionEnded } from '@plume/events';
import { SUPPORTERS_EVENT_SOURCE } from '../events';
import { AdoptionEntity, type AdoptionEndReason } from './adoption.entity';

/**
 * Ends adoptions inside the caller's transaction, one adoption-ended.v1 each (the mailing tool tells
 * the supporter: good news for CASE_RELEASED, a suggestion of another person). Shared by the supporter's
 * own leaving, a switch, an erasure and the release or closure of a case.
 */
export async function endAdoptions(manager: EntityManager, adoptions: AdoptionEntity[], reason: AdoptionEndReason, endedAt = new Date()): Promise<AdoptionEntity[]> {
  const ended: AdoptionEntity[] = [];
  for (const adoption of adoptions) {
    if (adoption.status !== 'ACTIVE') continue;
    adoption.status = 'ENDED';
    adoption.endedAt = endedAt;
    adoption.endReason = reason;
    await manager.save(adoption);
    await appendToOutbox(manager, {
      contract: SupporterAdoptionEnded,
      aggregateId: adoption.supporterId,
      source: SUPPORTERS_EVENT_SOURCE,
      data: {
        adoptionId: adoption.id,
        supporterId: adoption.supporterId,
        section: adoption.sectionCode,
        caseId: adoption.caseId,
        reason,
        endedOn: endedAt.toISOString().slice(0, 10),
      },
    });
    ended.push(adoption);
  }
  return ended;
}

/** The active adoptions matching `where`, locked for the caller's transaction. */
export function lockActiveAdoptions(manager: EntityManager, where: { caseId: string } | { supporterId: string }): Promise<AdoptionEntity[]> {
  return manager.getRepository(AdoptionEntity).find({ where: { ...where, status: 'ACTIVE' }, order: { startedAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
}
