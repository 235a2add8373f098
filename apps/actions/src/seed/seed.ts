import 'reflect-metadata';
import { catchUpCaseProjection, createCaseProjectionConsumer } from '@plume/case-projection';
import { openDatabase } from '@plume/database';
import { createKafkaFromSettings } from '@plume/events';
import { createLogger, runScript } from '@plume/server';
import { In } from 'typeorm';
import { campaignProjection } from '../case-projection/campaign-projection';
import { KnownCampaignEntity } from '../case-projection/known-campaign.entity';
import { createActionsDataSource } from '../data-source';
import { loadActionsEnvironment } from '../environment';
import { createActionsServices } from '../services';
import { DEMO_NEEDS, seedDemoActions } from './seed-demo-actions';

const CATCH_UP_DEADLINE_MS = 60_000;

/**
 * `nx run actions:seed`: the demo actions (idempotent). The cases they are for come from the cases
 * subgraph's events, so the projection of `plume.cases` is caught up first (its own consumer group;
 * the projection's upserts make applying an event twice harmless).
 */
runScript(async () => {
  const environment = loadActionsEnvironment();
  const logger = createLogger('actions-seed', environment.LOG_LEVEL);
  const dataSource = await openDatabase({ url: environment.DATABASE_URL, createDataSource: (url) => createActionsDataSource({ url, poolSize: 2 }), migrate: true });
  const kafka = createKafkaFromSettings(environment, 'plume-actions-seed', logger);
  const projection = createCaseProjectionConsumer({ kafka, dataSource, logger, groupId: `${environment.CASES_PROJECTION_GROUP_ID}.seed`, extraHandlers: campaignProjection });
  try {
    await catchUpCaseProjection({ consumer: projection, dataSource, slugs: DEMO_NEEDS.slugs, timeoutMs: CATCH_UP_DEADLINE_MS, alsoWaitFor: demoCampaignsKnown });
    const report = await seedDemoActions(dataSource, createActionsServices(dataSource, environment, logger));
    if (report.recorded.length) console.log(`actions: seeded (or found) the demo actions of ${report.recorded.join(', ')}`);
    if (report.missing.length) console.log(`actions: no demo actions for ${report.missing.join(', ')}: the cases subgraph has not announced them (seed it first)`);
  } finally {
    await dataSource.destroy();
  }

  async function demoCampaignsKnown(): Promise<boolean> {
    const campaigns = await dataSource.manager.find(KnownCampaignEntity, { select: { code: true }, where: { code: In(DEMO_NEEDS.campaignCodes) } });
    return new Set(campaigns.map((c) => c.code)).size === new Set(DEMO_NEEDS.campaignCodes).size;
  }
});
