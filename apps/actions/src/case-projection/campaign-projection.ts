import type { EntityManager } from 'typeorm';
import { CampaignCreated, CampaignUpdated, onEvent, type EventData } from '@plume/events';

/**
 * Builds known_campaign from `plume.cases` (only this subgraph credits actions to campaigns). Runs in
 * the consumer group of the shared case projection, as its extra handlers; upserts, applied once each.
 */
export const campaignProjection = {
  ...onEvent(CampaignCreated, (data, manager) => upsertCampaign(manager, data)),
  ...onEvent(CampaignUpdated, (data, manager) => upsertCampaign(manager, data)),
};

async function upsertCampaign(manager: EntityManager, data: EventData<typeof CampaignCreated>): Promise<void> {
  await manager.query(
    `INSERT INTO known_campaign (campaign_id, code, status) VALUES ($1, $2, $3)
     ON CONFLICT (campaign_id) DO UPDATE SET code = EXCLUDED.code, status = EXCLUDED.status`,
    [data.campaignId, data.code, data.status],
  );
}
