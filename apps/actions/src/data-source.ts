import { KnownCaseEntity } from '@plume/case-projection';
import { createDataSource } from '@plume/database';
import { EVENTS_ENTITIES } from '@plume/events';
import { ActionEntity } from './actions/action.entity';
import { KnownCampaignEntity } from './case-projection/known-campaign.entity';
import { ActionTotalEntity } from './counters/action-total.entity';
import { CampaignSignerTotalEntity } from './counters/campaign-signer-total.entity';
import { CampaignSignerEntity } from './counters/campaign-signer.entity';
import { CaseMilestoneEntity } from './counters/case-milestone.entity';
import { CaseProgressEntity } from './counters/case-progress.entity';
import { FeedbackRequestEntity } from './feedback/feedback-request.entity';
import { FeedbackSubmissionEntity } from './feedback/feedback-submission.entity';
import { ACTIONS_MIGRATIONS } from './migrations';
import { ReportActionEntity } from './reports/report-action.entity';
import { ReportDailyEntity, ReportMonthlyEntity } from './reports/report-cell.entity';
import { ReportParticipationEntity } from './reports/report-participation.entity';
import { ReportPersonEntity } from './reports/report-person.entity';
import { PetitionRequestEntity } from './signatures/petition-request.entity';
import { SignatureInvalidationEntity } from './signatures/signature-invalidation.entity';
import { SignatureEntity } from './signatures/signature.entity';

export const ACTIONS_ENTITIES = [
  ActionEntity,
  SignatureEntity,
  SignatureInvalidationEntity,
  PetitionRequestEntity,
  FeedbackRequestEntity,
  FeedbackSubmissionEntity,
  ActionTotalEntity,
  CaseProgressEntity,
  CaseMilestoneEntity,
  CampaignSignerEntity,
  CampaignSignerTotalEntity,
  KnownCaseEntity,
  KnownCampaignEntity,
  ReportDailyEntity,
  ReportMonthlyEntity,
  ReportParticipationEntity,
  ReportPersonEntity,
  ReportActionEntity,
  ...EVENTS_ENTITIES,
];

export function createActionsDataSource(settings: { url: string; poolSize: number }) {
  return createDataSource({
    url: settings.url,
    poolSize: settings.poolSize,
    applicationName: 'plume-actions',
    entities: ACTIONS_ENTITIES,
    migrations: ACTIONS_MIGRATIONS,
  });
}
