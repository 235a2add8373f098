import { Check, Column, Index, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedTextMap } from '../localization/localized-text';

export type CampaignKind = 'GLOBAL_MARATHON' | 'INDIVIDUAL_AT_RISK' | 'URGENT_ACTION';
export type CampaignStatus = 'DRAFT' | 'ACTIVE' | 'ENDED';

export interface CampaignGoals {
  actions?: number | null;
  letters?: number | null;
  signatures?: number | null;
}

@Entity({ name: 'campaign' })
@Check('campaign_kind_check', `kind IN ('GLOBAL_MARATHON', 'INDIVIDUAL_AT_RISK', 'URGENT_ACTION')`)
@Check('campaign_status_check', `status IN ('DRAFT', 'ACTIVE', 'ENDED')`)
@Check('campaign_dates_check', `ends_on IS NULL OR ends_on >= starts_on`)
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  @Index('uq_campaign_code', { unique: true })
  code: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ type: 'jsonb' })
  names: LocalizedTextMap;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'text' })
  status: CampaignStatus;

  @Column({ type: 'jsonb' })
  goals: CampaignGoals;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
