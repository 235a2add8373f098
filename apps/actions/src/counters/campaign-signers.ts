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
    for (const scope of scopes(section)) {
      const [row]: { inserted: boolean }[] = await manager.query(
        `INSERT INTO campaign_signer (campaign_id, section, contact_reference, signatures) VALUES ($1, $2, $3, 1)
         ON CONFLICT (campaign_id, section, contact_reference) DO UPDATE SET signatures = campaign_signer.signatures + 1
         RETURNING (xmax = 0) AS inserted`,
        [campaignId, scope, contactReference],
      );
      if (row.inserted) await this.moveTotal(manager, campaignId, scope, 1);
    }
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

  private async moveTotal(manager: EntityManager, campaignId: string, scope: string, delta: 1 | -1): Promise<void> {
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
