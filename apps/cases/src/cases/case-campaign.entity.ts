import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { CaseEntity } from './case.entity';

/** A case belongs to one or more campaigns (a marathon year, a section's programme). */
@Entity({ name: 'case_campaign' })
@Index('idx_case_campaign_campaign_id', ['campaignId'])
export class CaseCampaignEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_campaign_case' })
  case?: CaseEntity;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_case_campaign_campaign' })
  campaign?: CampaignEntity;
}
