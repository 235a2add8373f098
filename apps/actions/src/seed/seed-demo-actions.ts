import type { DataSource } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { staffActionInput } from '../actions/action.input';
import { KnownCampaignEntity } from '../case-projection/known-campaign.entity';
import type { ActionsServices } from '../services';
import { DEMO_IMPORTS } from './demo-actions';

export interface SeedReport {
  recorded: string[];
  /** Cases the projection does not know (yet): seed the cases subgraph and let its events arrive. */
  missing: string[];
}

/** Records the demo imports through the same service as the API; idempotent by their keys. */
export async function seedDemoActions(dataSource: DataSource, services: Pick<ActionsServices, 'actions'>): Promise<SeedReport> {
  const report: SeedReport = { recorded: [], missing: [] };
  for (const demo of DEMO_IMPORTS) {
    // The case heard of last wins, as in the other seeds: a broker shared with test runs may know older copies.
    const known = await dataSource.manager.findOne(KnownCaseEntity, { where: { slug: demo.caseSlug }, order: { updatedAt: 'DESC' } });
    const campaign = await dataSource.manager.findOneBy(KnownCampaignEntity, { code: demo.campaignCode });
    if (!known || !campaign) {
      report.missing.push(demo.caseSlug);
      continue;
    }
    const input = staffActionInput.parse({
      caseId: known.caseId,
      campaignId: campaign.campaignId,
      type: demo.type,
      quantity: demo.quantity,
      source: 'IMPORT',
      occurredAt: new Date(demo.occurredAt),
      idempotencyKey: demo.idempotencyKey,
    });
    await services.actions.record({ kind: 'staff', section: demo.section, subject: 'demo-seed' }, input);
    report.recorded.push(demo.caseSlug);
  }
  return report;
}

/** The slugs and campaign codes the demo needs in the projection. */
export const DEMO_NEEDS = { slugs: DEMO_IMPORTS.map((demo) => demo.caseSlug), campaignCodes: DEMO_IMPORTS.map((demo) => demo.campaignCode) };
