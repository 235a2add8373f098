import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type KnownCampaignStatus = 'DRAFT' | 'ACTIVE' | 'ENDED';

/** The local projection of campaigns (from `plume.cases`): enough to credit an action to a campaign. */
@Entity({ name: 'known_campaign' })
@Check('known_campaign_status_check', `status IN ('DRAFT', 'ACTIVE', 'ENDED')`)
export class KnownCampaignEntity {
  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'text' })
  @Index('uq_known_campaign_code', { unique: true })
  code: string;

  @Column({ type: 'text' })
  status: KnownCampaignStatus;
}
