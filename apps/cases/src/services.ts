import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { CampaignEntity } from './campaigns/campaign.entity';
import { CampaignService } from './campaigns/campaign.service';
import { CaseUpdateService } from './case-updates/case-update.service';
import { CaseCommands } from './cases/case.commands';
import { CaseQueries } from './cases/case.queries';
import { LetterTemplateService } from './letter-templates/letter-template.service';
import type { TargetEntity } from './targets/target.entity';
import { TargetService } from './targets/target.service';

/** Long-lived services, built once per process. */
export interface CasesServices {
  campaigns: CampaignService;
  caseQueries: CaseQueries;
  caseCommands: CaseCommands;
  targets: TargetService;
  letterTemplates: LetterTemplateService;
  caseUpdates: CaseUpdateService;
  loaders: CasesLoaders;
}

/** Per-request batching: a list of 20 cases asks for their campaigns and targets in one query each. */
export interface CasesLoaders {
  campaignsOfCase: DataLoader<string, CampaignEntity[]>;
  targetsOfCase: DataLoader<string, TargetEntity[]>;
  target: DataLoader<string, TargetEntity | null>;
}

export function createCasesServices(dataSource: DataSource): Omit<CasesServices, 'loaders'> {
  const campaigns = new CampaignService(dataSource);
  const caseCommands = new CaseCommands(dataSource, campaigns);
  return {
    campaigns,
    caseQueries: new CaseQueries(dataSource),
    caseCommands,
    targets: new TargetService(dataSource, caseCommands),
    letterTemplates: new LetterTemplateService(dataSource, caseCommands),
    caseUpdates: new CaseUpdateService(dataSource),
  };
}

export function createCasesLoaders(services: Omit<CasesServices, 'loaders'>): CasesLoaders {
  return {
    campaignsOfCase: new DataLoader((ids) => services.caseQueries.campaignsOf(ids)),
    targetsOfCase: new DataLoader((ids) => services.targets.ofCases(ids)),
    target: new DataLoader((ids) => services.targets.byIds(ids)),
  };
}
