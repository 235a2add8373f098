import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { topicName } from '../kafka/kafka-client';
import { createBatchConsumer, type BatchHandler } from './batch-consumer';

export interface TopicReplayOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  topics: string[];
  eventTypes: string[];
  handler: BatchHandler;
  /** Called about once a second with the messages applied so far and the total to apply. */
  onProgress?(applied: number, total: number): void;
  /** Gives up after this long (default one hour). */
  timeoutMs?: number;
}

const POLL_MS = 250;

/**
 * Replays topics from their first message through a batch handler, until every partition is applied
 * up to where it ended when the replay began, then leaves no trace (its consumer group and watermark
 * rows are deleted). The handler must be idempotent: a live consumer may apply the same events too.
 */
export async function replayTopics(options: TopicReplayOptions): Promise<{ messages: number }> {
  const { kafka, dataSource } = options;
  const groupId = `replay.${randomUUID()}`;
  const targets = await endOffsets(kafka, options.topics);
  const total = targets.reduce((sum, target) => sum + Number(target.end - target.start), 0);
  const consumer = createBatchConsumer({ kafka, dataSource, logger: options.logger, groupId, topics: options.topics, eventTypes: options.eventTypes, handler: options.handler });
  await consumer.start();
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 3_600_000);
    let lastReport = 0;
    for (;;) {
      const applied = await appliedSoFar(dataSource, groupId, targets);
      if (applied.done) break;
      if (Date.now() - lastReport >= 1_000) {
        options.onProgress?.(applied.messages, total);
        lastReport = Date.now();
      }
      if (Date.now() > deadline) throw new Error(`replay did not finish in time (${applied.messages} of ${total} messages applied)`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    options.onProgress?.(total, total);
    return { messages: total };
  } finally {
    await consumer.stop();
    await dataSource.query(`DELETE FROM consumer_watermark WHERE consumer_group = $1`, [groupId]);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

interface PartitionTarget {
  topic: string;
  partition: number;
  /** First offset still in the log, and the offset after the last message when the replay began. */
  start: bigint;
  end: bigint;
}

async function endOffsets(kafka: Kafka, logicalTopics: string[]): Promise<PartitionTarget[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const targets: PartitionTarget[] = [];
    for (const logical of logicalTopics) {
      const topic = topicName(kafka, logical);
      for (const offsets of await admin.fetchTopicOffsets(topic)) {
        const start = BigInt(offsets.low);
        const end = BigInt(offsets.high);
        if (end > start) targets.push({ topic, partition: offsets.partition, start, end });
      }
    }
    return targets;
  } finally {
    await admin.disconnect();
  }
}

async function appliedSoFar(dataSource: DataSource, groupId: string, targets: PartitionTarget[]): Promise<{ messages: number; done: boolean }> {
  const rows: { topic: string; partition: number; last_offset: string }[] = await dataSource.query(
    `SELECT topic, partition, last_offset FROM consumer_watermark WHERE consumer_group = $1`,
    [groupId],
  );
  let messages = 0;
  let done = true;
  for (const target of targets) {
    const row = rows.find((candidate) => candidate.topic === target.topic && candidate.partition === target.partition);
    const next = row ? BigInt(row.last_offset) + 1n : target.start;
    messages += Number((next < target.end ? next : target.end) - target.start);
    if (next < target.end) done = false;
  }
  return { messages, done };
}
