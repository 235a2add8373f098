import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendToOutbox, SupporterFeedbackRequested } from '@plume/events';
import { tokenHash } from '@plume/privacy';
import { SUPPORTERS_EVENT_SOURCE } from '../events';
import { referenced } from '../referenced';

interface DueAdoption {
  adoption_id: string;
  supporter_id: string;
  section_code: string;
  case_id: string;
}

/**
 * Creates the questionnaires of `period` for every active adoption of an ACTIVE supporter (paused ones
 * are taking a break) that has none yet, optionally for one section, with one feedback-requested.v1
 * each. Idempotent: the unique (adoption, period) index makes a second run — the job and a staff
 * member at once, or a retry — create nothing. The event carries the token's hash, never the token.
 * Returns how many were created.
 */
export async function createMonthlyFeedbackRequests(dataSource: DataSource, period: string, section?: string): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const due: DueAdoption[] = await manager.query(
      `SELECT a.id AS adoption_id, a.supporter_id, a.section_code, a.case_id
         FROM adoption a JOIN supporter s ON s.id = a.supporter_id
        WHERE a.status = 'ACTIVE' AND s.status = 'ACTIVE' AND ($2::text IS NULL OR a.section_code = $2)
          AND NOT EXISTS (SELECT 1 FROM feedback_request f WHERE f.adoption_id = a.id AND f.period = $1)
        ORDER BY a.started_at`,
      [period, section ?? null],
    );
    if (due.length === 0) return 0;
    const tokens = due.map(() => randomBytes(32).toString('base64url'));
    const created: { id: string; adoption_id: string; token: string }[] = await manager.query(
      `INSERT INTO feedback_request (adoption_id, period, token)
       SELECT adoption_id, $2, token FROM unnest($1::uuid[], $3::text[]) AS due(adoption_id, token)
       ON CONFLICT (adoption_id, period) DO NOTHING
       RETURNING id, adoption_id, token`,
      [due.map((d) => d.adoption_id), period, tokens],
    );
    const dueById = new Map(due.map((adoption) => [adoption.adoption_id, adoption]));
    for (const request of created) {
      const adoption = referenced(dueById.get(request.adoption_id), 'a due adoption');
      await appendToOutbox(manager, {
        contract: SupporterFeedbackRequested,
        aggregateId: adoption.supporter_id,
        source: SUPPORTERS_EVENT_SOURCE,
        data: {
          feedbackRequestId: request.id,
          adoptionId: adoption.adoption_id,
          supporterId: adoption.supporter_id,
          section: adoption.section_code,
          caseId: adoption.case_id,
          period,
          tokenHash: tokenHash(request.token),
        },
      });
    }
    return created.length;
  });
}
