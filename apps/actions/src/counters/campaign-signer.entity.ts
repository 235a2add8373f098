import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many counted online signatures one person (contact reference) has in a campaign, per section
 * and for all sections (`*`): the row appearing or disappearing is what moves the campaign's
 * distinct-signer total, without ever counting DISTINCT over the signatures.
 */
@Entity({ name: 'campaign_signer' })
@Check('campaign_signer_signatures_check', `signatures > 0`)
export class CampaignSignerEntity {
  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'text' })
  section: string;

  @PrimaryColumn({ type: 'text' })
  contactReference: string;

  @Column({ type: 'integer' })
  signatures: number;
}
