import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Distinct online signers of a campaign, per section and for all sections (`*`). */
@Entity({ name: 'campaign_signer_total' })
export class CampaignSignerTotalEntity {
  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'text' })
  section: string;

  @Column({ type: 'bigint' })
  signers: string;
}
