import { onEvent, SupporterErased } from '@plume/events';
import type { CampaignSigners } from '../counters/campaign-signers';
import { forgetPerson, signerIdentity, supporterIdentity } from '../reports/report-identities';

/**
 * `supporter.erased`: every trace of that person in that section goes; the counts stay.
 * - their online signatures in the section (found by contact reference) lose name, email, country and
 *   the reference itself, and stay counted as anonymous signatures;
 * - their own actions (questionnaire answers, staff records) stay counted for cases and campaigns but
 *   no longer point to them; their per-supporter counters and questionnaire links are deleted;
 * - reports forget who they were (report_person), and keep counting them as one anonymous person.
 */
export function supporterErasure(signers: CampaignSigners) {
  return onEvent(SupporterErased, async (data, manager, event) => {
    const erasedAt = new Date(event.time);
    const signatures: { action_id: string; campaign_id: string | null; counted: boolean }[] = await manager.query(
      `SELECT s.action_id, a.campaign_id, (a.status = 'ACCEPTED') AS counted
         FROM signature s JOIN action a ON a.id = s.action_id
        WHERE s.section = $1 AND s.contact_reference = $2
        ORDER BY s.action_id
          FOR UPDATE OF s`,
      [data.section, data.contactReference],
    );
    for (const signature of signatures) {
      if (signature.counted && signature.campaign_id) await signers.anonymised(manager, signature.campaign_id, data.section, data.contactReference);
    }
    await manager.query(
      `UPDATE signature SET contact_reference = NULL, signer_name = NULL, signer_email = NULL, signer_country = NULL, client_address = NULL, erased_at = $3
        WHERE section = $1 AND contact_reference = $2`,
      [data.section, data.contactReference, erasedAt],
    );
    await manager.query(`UPDATE action SET supporter_id = NULL WHERE supporter_id = $1`, [data.supporterId]);
    await manager.query(`DELETE FROM action_total WHERE subject_kind = 'SUPPORTER' AND subject_id = $1`, [data.supporterId]);
    await manager.query(`UPDATE feedback_submission SET supporter_id = NULL WHERE supporter_id = $1`, [data.supporterId]);
    await manager.query(`DELETE FROM feedback_request WHERE supporter_id = $1`, [data.supporterId]);
    await forgetPerson(manager, [supporterIdentity(data.supporterId), signerIdentity(data.contactReference)]);
  });
}
