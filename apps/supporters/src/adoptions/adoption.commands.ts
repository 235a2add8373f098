import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@plume/database';
import { appendToOutbox, SupporterCaseAdopted, SupporterKitStatusChanged } from '@plume/events';
import { badUserInput, conflict, notFound } from '@plume/errors';
import { SUPPORTERS_EVENT_SOURCE } from '../events';
import { requireAdoptableCase } from '../known-cases/adoptable-case';
import { lockLiveSupporterOfSection } from '../supporters/supporter-lock';
import { endAdoptions } from './adoption-ending';
import { AdoptionEntity } from './adoption.entity';
import type { AdoptCaseInput, RecordKitStatusInput, SwitchCaseInput } from './adoption.input';
import { moveKit } from './kit-status';

/** Adoptions and their kits; every change commits with the event that announces it. */
export class AdoptionCommands {
  constructor(private readonly dataSource: DataSource) {}

  adopt(section: string, input: AdoptCaseInput): Promise<AdoptionEntity> {
    return this.inTransaction(async (manager) => {
      await lockLiveSupporterOfSection(manager, input.supporterId, section);
      return startAdoption(manager, input.supporterId, section, input.caseId);
    });
  }

  /** The supporter stops acting for this person. */
  end(section: string, id: string): Promise<AdoptionEntity> {
    return this.inTransaction(async (manager) => {
      const adoption = await lockActiveAdoptionOfSection(manager, id, section);
      await endAdoptions(manager, [adoption], 'SUPPORTER_LEFT');
      return adoption;
    });
  }

  /** Ends one adoption (SWITCHED) and starts another for the same supporter: both or neither. */
  switchCase(section: string, input: SwitchCaseInput): Promise<AdoptionEntity> {
    return this.inTransaction(async (manager) => {
      // Supporter before adoption, the order erasure locks them in: two such requests cannot deadlock.
      const { supporterId } = await findAdoptionOfSection(manager, input.adoptionId, section);
      await lockLiveSupporterOfSection(manager, supporterId, section);
      const current = await lockActiveAdoptionOfSection(manager, input.adoptionId, section);
      if (current.caseId === input.caseId) {
        throw badUserInput('The supporter already acts for this case.', [{ field: 'input.caseId', message: 'is the case of this adoption' }]);
      }
      await endAdoptions(manager, [current], 'SWITCHED');
      return startAdoption(manager, current.supporterId, section, input.caseId);
    });
  }

  recordKitStatus(section: string, input: RecordKitStatusInput): Promise<AdoptionEntity> {
    return this.inTransaction(async (manager) => {
      const adoption = await lockAdoptionOfSection(manager, input.adoptionId, section);
      const at = input.at ?? new Date();
      moveKit(adoption, input.status, at);
      await manager.save(adoption);
      await appendToOutbox(manager, {
        contract: SupporterKitStatusChanged,
        aggregateId: adoption.supporterId,
        source: SUPPORTERS_EVENT_SOURCE,
        data: { adoptionId: adoption.id, supporterId: adoption.supporterId, section, caseId: adoption.caseId, kitStatus: adoption.kitStatus, at: at.toISOString() },
      });
      return adoption;
    });
  }

  private async inTransaction(work: (manager: EntityManager) => Promise<AdoptionEntity>): Promise<AdoptionEntity> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      // The unique index on active adoptions is the last word when two requests race.
      if (isUniqueViolation(error)) throw conflict('The supporter already acts for this case.');
      throw error;
    }
  }
}

/** A new adoption of an ACTIVE case; its postal kit is requested at once. */
async function startAdoption(manager: EntityManager, supporterId: string, section: string, caseId: string): Promise<AdoptionEntity> {
  await requireAdoptableCase(manager, caseId);
  const already = await manager.getRepository(AdoptionEntity).existsBy({ supporterId, caseId, status: 'ACTIVE' });
  if (already) throw conflict('The supporter already acts for this case.');
  const now = new Date();
  const adoption = await manager.save(
    manager.create(AdoptionEntity, { supporterId, sectionCode: section, caseId, status: 'ACTIVE', startedAt: now, kitStatus: 'REQUESTED', kitRequestedAt: now }),
  );
  await appendToOutbox(manager, {
    contract: SupporterCaseAdopted,
    aggregateId: supporterId,
    source: SUPPORTERS_EVENT_SOURCE,
    data: { adoptionId: adoption.id, supporterId, section, caseId, startedOn: now.toISOString().slice(0, 10) },
  });
  return adoption;
}

/** Another section's adoption is NOT_FOUND, like one that does not exist. */
async function findAdoptionOfSection(manager: EntityManager, id: string, section: string, locked = false): Promise<AdoptionEntity> {
  const adoption = await manager.getRepository(AdoptionEntity).findOne({ where: { id }, ...(locked ? { lock: { mode: 'pessimistic_write' } } : {}) });
  if (!adoption || adoption.sectionCode !== section) throw notFound('Adoption', id);
  return adoption;
}

function lockAdoptionOfSection(manager: EntityManager, id: string, section: string): Promise<AdoptionEntity> {
  return findAdoptionOfSection(manager, id, section, true);
}

async function lockActiveAdoptionOfSection(manager: EntityManager, id: string, section: string): Promise<AdoptionEntity> {
  const adoption = await lockAdoptionOfSection(manager, id, section);
  if (adoption.status !== 'ACTIVE') throw conflict(`This adoption has already ended (${adoption.endReason}).`);
  return adoption;
}
