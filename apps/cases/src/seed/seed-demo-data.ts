import type { DataSource } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { CaseEntity } from '../cases/case.entity';
import { createCampaignInput } from '../campaigns/campaign.input';
import { publishCaseUpdateInput } from '../case-updates/case-update.input';
import { changeCaseStatusInput, createCaseInput } from '../cases/case.input';
import { addLetterTemplateInput } from '../letter-templates/letter-template.input';
import { createCasesServices } from '../services';
import { addTargetInput } from '../targets/target.input';
import { DEMO_CAMPAIGNS, DEMO_CASES, type DemoCase, type DemoLocalized } from './demo-data';

export interface SeedReport {
  campaignsCreated: string[];
  casesCreated: string[];
}

const asEntries = (text: DemoLocalized) => [
  { language: 'fr', text: text.fr },
  { language: 'en', text: text.en },
];

/**
 * Loads the people and campaigns of the seed documents through the same services as the API, so the
 * demo also fills the outbox with real events. Idempotent: what exists (by code or slug) is left alone.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  const services = createCasesServices(dataSource);
  const report: SeedReport = { campaignsCreated: [], casesCreated: [] };

  for (const campaign of DEMO_CAMPAIGNS) {
    if (await dataSource.getRepository(CampaignEntity).existsBy({ code: campaign.code })) continue;
    await services.campaigns.create(createCampaignInput.parse({ ...campaign, names: asEntries(campaign.name) }));
    report.campaignsCreated.push(campaign.code);
  }

  for (const demo of DEMO_CASES) {
    if (await dataSource.getRepository(CaseEntity).existsBy({ slug: demo.slug })) continue;
    await seedCase(services, demo);
    report.casesCreated.push(demo.slug);
  }
  return report;
}

async function seedCase(services: ReturnType<typeof createCasesServices>, demo: DemoCase): Promise<void> {
  const created = await services.caseCommands.create(createCaseInput.parse({
    slug: demo.slug,
    personName: demo.personName,
    country: demo.country,
    themes: demo.themes,
    defaultLanguage: demo.defaultLanguage,
    summary: asEntries(demo.summary),
    story: asEntries(demo.story),
    petitionText: asEntries(demo.petitionText),
    posterUrl: demo.posterUrl,
    imageUrl: demo.imageUrl,
    moreInfoUrl: demo.moreInfoUrl,
    campaignCodes: demo.campaignCodes,
    published: demo.published,
  }));
  const targetIds = new Map<string, string>();
  for (const target of demo.targets) {
    const saved = await services.targets.add(addTargetInput.parse({ caseId: created.id, ...target }));
    targetIds.set(target.key, saved.id);
  }
  for (const template of demo.letterTemplates) {
    await services.letterTemplates.add(
      addLetterTemplateInput.parse({
        caseId: created.id,
        language: template.language,
        targetId: targetIds.get(template.targetKey) ?? null,
        subject: template.subject,
        body: template.body,
      }),
    );
  }
  for (const update of demo.updates) {
    await services.caseUpdates.publish(publishCaseUpdateInput.parse({ caseId: created.id, title: asEntries(update.title), body: asEntries(update.body), publishedAt: update.publishedAt }));
  }
  if (demo.status !== 'ACTIVE' && demo.statusChangedOn) {
    await services.caseCommands.changeStatus(changeCaseStatusInput.parse({ caseId: created.id, status: demo.status, effectiveOn: demo.statusChangedOn }));
  }
}
