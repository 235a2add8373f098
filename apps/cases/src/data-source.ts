import { createDataSource } from '@plume/database';
import { EVENTS_ENTITIES } from '@plume/events';
import { CampaignEntity } from './campaigns/campaign.entity';
import { CaseUpdateEntity } from './case-updates/case-update.entity';
import { CaseCampaignEntity } from './cases/case-campaign.entity';
import { CaseEntity } from './cases/case.entity';
import { LetterTemplateEntity } from './letter-templates/letter-template.entity';
import { CASES_MIGRATIONS } from './migrations';
import { TargetEntity } from './targets/target.entity';

export const CASES_ENTITIES = [CampaignEntity, CaseEntity, CaseCampaignEntity, TargetEntity, LetterTemplateEntity, CaseUpdateEntity, ...EVENTS_ENTITIES];

export function createCasesDataSource(settings: { url: string; poolSize: number }) {
  return createDataSource({
    url: settings.url,
    poolSize: settings.poolSize,
    applicationName: 'plume-cases',
    entities: CASES_ENTITIES,
    migrations: CASES_MIGRATIONS,
  });
}
