import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { replayTopics, Topic, type createKafka } from '@plume/events';
import { applyActionEventsToRollups, ROLLUP_EVENT_TYPES } from './rollup-ingest';

/**
 * Rebuilds every roll-up from the whole `plume.actions` topic: the tables are emptied, then the topic
 * is replayed through the same handler as the live consumer. The live consumer may go on meanwhile:
 * each action counts once whoever applies it. People keep their numbers where report_person still
 * knows them; an erased signer is counted as one anonymous person, as everywhere.
 */
export async function rebuildRollupsFromTopic(options: {
  dataSource: DataSource;
  kafka: ReturnType<typeof createKafka>;
  logger: Logger;
  onProgress?(applied: number, total: number): void;
}): Promise<{ messages: number }> {
  await options.dataSource.query(`TRUNCATE report_action, report_daily, report_monthly, report_participation`);
  return replayTopics({ ...options, topics: [Topic.Actions], eventTypes: ROLLUP_EVENT_TYPES, handler: applyActionEventsToRollups });
}
