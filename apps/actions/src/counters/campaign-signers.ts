import type { EntityManager } from 'typeorm';
import { ALL_SECTIONS } from './action-total.entity';
import { refuseNegativeTotals } from './negative-total';

/**
 * Distinct online signers of a campaign, kept exact without COUNT(DISTINCT): campaign_signer counts
 * each person's counted signatures in the campaign (per section and for all sections); a person's row
 * appearing adds a signer, disappearing removes one. Rows are touched in a fixed order (`*` first).
 *
 * Erasure keeps counts: an erased signature has no contact reference any more, so it can no longer be
 * matched with the person's other signatures and counts as a signer of its own (the same definition
 * the API documents for ActionStats.distinctSigners).
 */
export class CampaignSigners {
  /** A newly counted signature by `contactReference`. */
  async signed(manager: EntityManager, campaignId: string, section: string, contactReference: string): Promise<void> {
    await this.signedAll(manager, [{ campaignId, section, contactReference }]);
  }

  /**
   * Newly counted signatures, together (a group commit): two statements whatever their number. Repeats of
   * one person within the batch are added up first (one upsert may not touch a row twice); rows go in
   * sorted order so that concurrent batches lock them in the same order.
   */
  async signedAll(manager: EntityManager, signatures: CountedSignature[]): Promise<void> {
    const perPerson = new Map<string, { campaignId: string; scope: string; contactReference: string; signatures: number }>();
    for (const signature of signatures) {
      for (const scope of scopes(signature.section)) {
        const key = JSON.stringify([signature.campaignId, scope, signature.contactReference]);
        const row = perPerson.get(key) ?? { campaignId: signature.campaignId, scope, contactReference: signature.contactReference, signatures: 0 };
        row.signatures += 1;
        perPerson.set(key, row);
      }
    }
    if (perPerson.size === 0) return;
    const rows = [...perPerson.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
    const newSigners: { campaign_id: string; section: string; signers: string }[] = await manager.query(
      `WITH upserted AS (
         INSERT INTO campaign_signer (campaign_id, section, contact_reference, signatures)
         SELECT d.campaign_id, d.section, d.contact_reference, d.signatures
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS d(campaign_id, section, contact_reference, signatures, position)
          ORDER BY d.position
         ON CONFLICT (campaign_id, section, contact_reference) DO UPDATE SET signatures = campaign_signer.signatures + EXCLUDED.signatures
         RETURNING campaign_id, section, (xmax = 0) AS inserted
       )
       SELECT campaign_id, section, count(*)::text AS signers FROM upserted WHERE inserted GROUP BY campaign_id, section ORDER BY campaign_id, section`,
      [rows.map((row) => row.campaignId), rows.map((row) => row.scope), rows.map((row) => row.contactReference), rows.map((row) => row.signatures)],
    );
    for (const total of newSigners) await this.moveTotal(manager, total.campaign_id, total.section, Number(total.signers));
  }

  /** A counted signature stops counting (retracted). `contactReference` null: it was erased, a signer of its own. */
  async unsigned(manager: EntityManager, campaignId: string, section: string, contactReference: string | null): Promise<void> {
    for (const scope of scopes(section)) {
      if (contactReference === null || (await this.decrement(manager, campaignId, scope, contactReference)) === 'gone') {
        await this.moveTotal(manager, campaignId, scope, -1);
      }
    }
  }

  /** A counted signature loses its contact reference (erasure): it becomes an anonymous signer of its own. */
  async anonymised(manager: EntityManager, campaignId: string, section: string, contactReference: string): Promise<void> {
    for (const scope of scopes(section)) {
      // The person still has other signatures under the reference: the anonymous one is one more signer.
      if ((await this.decrement(manager, campaignId, scope, contactReference)) === 'remains') await this.moveTotal(manager, campaignId, scope, 1);
    }
  }

  private async decrement(manager: EntityManager, campaignId: string, scope: string, contactReference: string): Promise<'remains' | 'gone'> {
    const [[row]]: [{ signatures: number }[], number] = await manager.query(
      `UPDATE campaign_signer SET signatures = signatures - 1
        WHERE campaign_id = $1 AND section = $2 AND contact_reference = $3 AND signatures > 1
        RETURNING signatures`,
      [campaignId, scope, contactReference],
    );
    if (row) return 'remains';
    await manager.query(`DELETE FROM campaign_signer WHERE campaign_id = $1 AND section = $2 AND contact_reference = $3`, [campaignId, scope, contactReference]);
    return 'gone';
  }

  private async moveTotal(manager: EntityManager, campaignId: string, scope: string, delta: number): Promise<void> {
    const [row]: { signers: string }[] = await manager.query(
      `INSERT INTO campaign_signer_total (campaign_id, section, signers) VALUES ($1, $2, $3)
       ON CONFLICT (campaign_id, section) DO UPDATE SET signers = campaign_signer_total.signers + EXCLUDED.signers
       RETURNING signers::text AS signers`,
      [campaignId, scope, delta],
    );
    refuseNegativeTotals([row.signers], 'campaign_signer_total');
  }
}

const scopes = (section: string) => [ALL_SECTIONS, section];

export interface CountedSignature {
  campaignId: string;
  section: string;
  contactReference: string;
}
