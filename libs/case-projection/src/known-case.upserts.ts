import type { EntityManager } from 'typeorm';
import type { CaseCreated, CaseStatusChanged, CaseUpdated, EventData } from '@plume/events';

/**
 * The writes of the projection. Each is an upsert, so whichever event of a case arrives first creates
 * its row (a replay, a repair, a creation that was dead-lettered), and each only sets what its event
 * knows: classification events never touch the status, status events never touch the classification.
 * Applying an event twice leaves the same row; the idempotent consumer applies it once anyway.
 */

/** The status a case takes when its classification is seen before its status: cases start ACTIVE. */
const STATUS_OF_A_NEW_CASE = 'ACTIVE';

export function applyCaseCreated(manager: EntityManager, data: EventData<typeof CaseCreated>): Promise<void> {
  // On conflict the stored status stays: a status change seen before the creation is the newer fact.
  return upsertClassification(manager, data, data.status);
}

export function applyCaseUpdated(manager: EntityManager, data: EventData<typeof CaseUpdated>): Promise<void> {
  return upsertClassification(manager, data, STATUS_OF_A_NEW_CASE);
}

/** Runs before any reaction to the change, so the row lock it takes orders the reaction after concurrent writers. */
export async function applyCaseStatusChanged(manager: EntityManager, data: EventData<typeof CaseStatusChanged>): Promise<void> {
  await manager.query(
    `INSERT INTO known_case (case_id, status, status_changed_on) VALUES ($1, $2, $3)
     ON CONFLICT (case_id) DO UPDATE SET
       status = EXCLUDED.status, status_changed_on = EXCLUDED.status_changed_on, updated_at = now()`,
    [data.caseId, data.status, data.effectiveOn],
  );
}

type Classification = Pick<EventData<typeof CaseUpdated>, 'caseId' | 'slug' | 'country' | 'published' | 'campaignCodes'>;

async function upsertClassification(manager: EntityManager, data: Classification, statusIfNew: string): Promise<void> {
  await manager.query(
    `INSERT INTO known_case (case_id, slug, country, status, published, campaign_codes) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (case_id) DO UPDATE SET
       slug = EXCLUDED.slug, country = EXCLUDED.country, published = EXCLUDED.published,
       campaign_codes = EXCLUDED.campaign_codes, updated_at = now()`,
    [data.caseId, data.slug, data.country, statusIfNew, data.published, data.campaignCodes],
  );
}
