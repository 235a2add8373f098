import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '@plume/errors';
import { SupporterEntity } from './supporter.entity';

/**
 * The supporter, locked for the caller's transaction, if it belongs to `section`. Another section's
 * supporter is answered NOT_FOUND, exactly like an id that does not exist: nothing leaks across sections.
 */
export async function lockSupporterOfSection(manager: EntityManager, id: string, section: string): Promise<SupporterEntity> {
  const supporter = await manager.getRepository(SupporterEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!supporter || supporter.sectionCode !== section) throw notFound('Supporter', id);
  return supporter;
}

/** As above, refusing an erased supporter (there is nobody left to act for, or to update). */
export async function lockLiveSupporterOfSection(manager: EntityManager, id: string, section: string): Promise<SupporterEntity> {
  const supporter = await lockSupporterOfSection(manager, id, section);
  if (supporter.status === 'ERASED') throw conflict('This supporter was erased.');
  return supporter;
}
