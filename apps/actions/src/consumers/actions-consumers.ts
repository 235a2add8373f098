import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createCaseProjectionConsumer } from '@plume/case-projection';
import { createIdempotentConsumer, Topic, type createKafka } from '@plume/events';
import type { BackgroundTask } from '@plume/server';
import { campaignProjection } from '../case-projection/campaign-projection';
import type { CampaignSigners } from '../counters/campaign-signers';
import type { ActionsEnvironment } from '../environment';
import { supporterErasure } from '../erasure/supporter-erasure';
import { feedbackRequestProjection } from '../feedback/feedback-request.projection';

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
 * questionnaire requests and erasures from `plume.supporters`.
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
  return tasks;
}
