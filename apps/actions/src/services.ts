import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createHumanCheck, type HumanCheck } from '@plume/human-check';
import { createMailer } from '@plume/mail';
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
import { ConfirmationMail } from './signatures/confirmation-mail';
import { PetitionListService } from './signatures/petition-list.service';
import { RetractionTokens } from './signatures/retraction-tokens';
import { SignatureConfirmationService } from './signatures/signature-confirmation.service';
import { SignatureInvalidationService } from './signatures/signature-invalidation.service';
import { SignatureBatchWriter } from './signatures/signature-batch';
import { SignatureService } from './signatures/signature.service';

/** Long-lived services, built once per process. */
export interface ActionsServices {
  actions: ActionService;
  signatures: SignatureService;
  signatureConfirmations: SignatureConfirmationService;
  signatureInvalidations: SignatureInvalidationService;
  /** The captcha check of public writes, for the sections that ask for it. */
  humanCheck: HumanCheck;
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

export type ActionsSettings = Pick<ActionsEnvironment, 
  | 'CONTACT_REFERENCE_SECRET'
  | 'SIGNATURE_TOKEN_SECRET'
  | 'MILESTONE_THRESHOLDS'
  | 'REPORT_ROLLUPS_GROUP_ID'
  | 'REPORT_MIN_PEOPLE'
  | 'REPORT_CACHE_MAX_AGE_SECONDS'
  | 'REPORT_WAIT_LIMIT_MS'
  | 'SIGNATURE_DOUBLE_OPT_IN_SECTIONS'
  | 'SIGNATURE_CONFIRMATION_LINK'
  | 'MAIL_TRANSPORT_URL'
  | 'MAIL_FROM'
  | 'HUMAN_CHECK_SECTIONS'
  | 'HUMAN_CHECK_VERIFY_URL'
  | 'HUMAN_CHECK_SECRET'
>;

export function createActionsServices(dataSource: DataSource, settings: ActionsSettings, logger: Logger): Omit<ActionsServices, 'loaders'> {
  const cases = new CaseDirectory();
  const ledger = new ActionLedger(new Milestones(settings.MILESTONE_THRESHOLDS));
  const signers = new CampaignSigners();
  const stats = new ActionStatsService(dataSource);
  const confirmationMail = new ConfirmationMail(createMailer(settings), { linkTemplate: settings.SIGNATURE_CONFIRMATION_LINK }, logger);
  return {
    actions: new ActionService(dataSource, cases, ledger),
    signatures: new SignatureService(
      dataSource,
      new SignatureBatchWriter(cases, ledger, signers, new RetractionTokens(settings.SIGNATURE_TOKEN_SECRET), {
        contactReferenceSecret: settings.CONTACT_REFERENCE_SECRET,
        doubleOptInSections: new Set(settings.SIGNATURE_DOUBLE_OPT_IN_SECTIONS),
      }),
      ledger,
      signers,
      confirmationMail,
      stats,
    ),
    signatureConfirmations: new SignatureConfirmationService(dataSource, ledger, signers),
    signatureInvalidations: new SignatureInvalidationService(dataSource, ledger, signers),
    humanCheck: createHumanCheck(settings),
    petitionLists: new PetitionListService(dataSource, cases),
    feedback: new FeedbackService(dataSource, cases, ledger),
    stats,
    reports: new ReportService(new ReportStore(dataSource, settings.REPORT_ROLLUPS_GROUP_ID), {
      minPeople: settings.REPORT_MIN_PEOPLE,
      cacheMaxAgeSeconds: settings.REPORT_CACHE_MAX_AGE_SECONDS,
      waitLimitMs: settings.REPORT_WAIT_LIMIT_MS,
    }),
    signers,
  };
}

export function createActionsLoaders(services: Omit<ActionsServices, 'loaders'>): ActionsLoaders {
  return { stats: new DataLoader((keys) => services.stats.load(keys), { cacheKeyFn: statsKeyString }) };
}
