import type { EntityManager } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { badUserInput, notFound } from '@plume/errors';

/**
 * Checks that a case can be adopted, from the local projection of plume.cases. The row is share-locked
 * so that a release being applied at the same moment waits for this adoption and then ends it too.
 * A case the projection has not heard of yet is NOT_FOUND (it may simply not have arrived yet).
 */
export async function requireAdoptableCase(manager: EntityManager, caseId: string, field = 'input.caseId'): Promise<KnownCaseEntity> {
  const known = await manager.getRepository(KnownCaseEntity).findOne({ where: { caseId }, lock: { mode: 'pessimistic_read' } });
  if (!known) throw notFound('Case', caseId);
  if (known.status !== 'ACTIVE') {
    const why = known.status === 'RELEASED' ? 'the person was released' : 'action for this person has ended';
    throw badUserInput(`This case is ${known.status} (${why}): choose a person who still needs letters.`, [
      { field, message: `the case is ${known.status}, only ACTIVE cases can be adopted` },
    ]);
  }
  return known;
}
