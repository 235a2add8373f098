import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createIdempotentConsumer, Topic, type IdempotentConsumerOptions, type Lifecycle } from '@plume/events';
import { caseProjectionHandlers, type CaseProjectionReactions } from './case-projection.handlers';

export interface CaseProjectionConsumerOptions extends CaseProjectionReactions {
  kafka: IdempotentConsumerOptions['kafka'];
  dataSource: DataSource;
  logger: Logger;
  /** `<app>.cases-projection` in production; unique per test service. */
  groupId: string;
}

/**
 * The consumer group that keeps `known_case` in step with `plume.cases` (idempotent, dead letters), plus
 * the app's own reactions. Read from the beginning: a new group must learn every case ever announced.
 */
export function createCaseProjectionConsumer(options: CaseProjectionConsumerOptions): Lifecycle {
  const { onStatusChanged, extraHandlers, ...settings } = options;
  return createIdempotentConsumer({
    ...settings,
    topics: [Topic.Cases],
    handlers: caseProjectionHandlers({ onStatusChanged, extraHandlers }),
    fromBeginning: true,
  });
}
