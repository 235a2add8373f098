import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ActionLedger } from './actions/action-ledger';
import { ActionService } from './actions/action.service';
import { CaseDirectory } from './case-projection/case-directory';
import type { ActionStatsView } from './counters/action-stats';
import { ActionStatsService, statsKeyString, type StatsKey } from './counters/action-stats.service';
import { CampaignSigners } from './counters/campaign-signers';
import { Milestones } from './counters/milestones';
import type { ActionsEnvironment } from './environment';
import { FeedbackService } from './feedback/feedback.service';
import { ReportService } from './reports/report.service';
import { ReportStore } from './reports/report-store';
import { PetitionListService } from './signatures/petition-list.service';
import { RetractionTokens } from './signatures/retraction-tokens';
import { SignatureService } from './signatures/signature.service';

/** Long-lived services, built once per process. */
export interface ActionsServices {
  actions: ActionService;
  signatures: SignatureService;
  petitionLists: PetitionListService;
  feedback: FeedbackService;
  stats: ActionStatsService;
  reports: ReportService;
  /** Shared with the erasure consumer: campaign signers move with signatures and erasures alike. */
  signers: CampaignSigners;
  loaders: ActionsLoaders;
}

/** Per-request batching: the counters of a page of cases in one query. */
export interface ActionsLoaders {
  stats: DataLoader<StatsKey, ActionStatsView, string>;
}

export type ActionsSettings = Pick<ActionsEnvironment, 'CONTACT_REFERENCE_SECRET' | 'SIGNATURE_TOKEN_SECRET' | 'MILESTONE_THRESHOLDS' | 'REPORT_ROLLUPS_GROUP_ID' | 'REPORT_MIN_PEOPLE'>;

export function createActionsServices(dataSource: DataSource, settings: ActionsSettings): Omit<ActionsServices, 'loaders'> {
  const cases = new CaseDirectory();
  const ledger = new ActionLedger(new Milestones(settings.MILESTONE_THRESHOLDS));
  const signers = new CampaignSigners();
  return {
    actions: new ActionService(dataSource, cases, ledger),
    signatures: new SignatureService(dataSource, cases, ledger, signers, new RetractionTokens(settings.SIGNATURE_TOKEN_SECRET), {
      contactReferenceSecret: settings.CONTACT_REFERENCE_SECRET,
    }),
    petitionLists: new PetitionListService(dataSource, cases),
    feedback: new FeedbackService(dataSource, cases, ledger),
    stats: new ActionStatsService(dataSource),
    reports: new ReportService(new ReportStore(dataSource, settings.REPORT_ROLLUPS_GROUP_ID), settings.REPORT_MIN_PEOPLE),
    signers,
  };
}

export function createActionsLoaders(services: Omit<ActionsServices, 'loaders'>): ActionsLoaders {
  return { stats: new DataLoader((keys) => services.stats.load(keys), { cacheKeyFn: statsKeyString }) };
}
