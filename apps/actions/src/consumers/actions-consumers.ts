import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createCaseProjectionConsumer } from '@plume/case-projection';
import { createBatchConsumer, createIdempotentConsumer, Topic, type createKafka } from '@plume/events';
import type { BackgroundTask } from '@plume/server';
import { campaignProjection } from '../case-projection/campaign-projection';
import type { CampaignSigners } from '../counters/campaign-signers';
import type { ActionsEnvironment } from '../environment';
import { supporterErasure } from '../erasure/supporter-erasure';
import { feedbackRequestProjection } from '../feedback/feedback-request.projection';
import { applyActionEventsToRollups, ROLLUP_EVENT_TYPES } from '../reports/rollup-ingest';

export interface ConsumerDependencies {
  environment: ActionsEnvironment;
  kafka: ReturnType<typeof createKafka>;
  dataSource: DataSource;
  logger: Logger;
  signers: CampaignSigners;
}

/**
 * What this subgraph learns from the others, each in its own consumer group (idempotent, dead letters):
 * cases (the shared @plume/case-projection) and, in the same group, campaigns from `plume.cases`;
 * questionnaire requests and erasures from `plume.supporters`; and this subgraph's own `plume.actions`,
 * in batches, for the report roll-ups.
 */
export function createActionsConsumers(dependencies: ConsumerDependencies): BackgroundTask[] {
  const { environment, kafka, dataSource, logger } = dependencies;
  const tasks: BackgroundTask[] = [];
  if (environment.CASES_PROJECTION_ENABLED) {
    tasks.push({
      name: 'cases-projection',
      ...createCaseProjectionConsumer({ kafka, dataSource, logger, groupId: environment.CASES_PROJECTION_GROUP_ID, extraHandlers: campaignProjection }),
    });
  }
  if (environment.SUPPORTERS_EVENTS_ENABLED) {
    tasks.push({
      name: 'supporters-events',
      ...createIdempotentConsumer({
        kafka,
        dataSource,
        logger,
        groupId: environment.SUPPORTERS_EVENTS_GROUP_ID,
        topics: [Topic.Supporters],
        handlers: { ...feedbackRequestProjection, ...supporterErasure(dependencies.signers) },
      }),
    });
  }
  if (environment.REPORT_ROLLUPS_ENABLED) {
    tasks.push({
      name: 'report-rollups',
      ...createBatchConsumer({
        kafka,
        dataSource,
        logger,
        groupId: environment.REPORT_ROLLUPS_GROUP_ID,
        topics: [Topic.Actions],
        eventTypes: ROLLUP_EVENT_TYPES,
        handler: applyActionEventsToRollups,
      }),
    });
  }
  return tasks;
}
