import type { Admin, Kafka } from 'kafkajs';
import { topicName } from './kafka-client';

/** How long a freshly created topic may take to get a leader for every partition. */
const LEADER_DEADLINE_MS = 20_000;
const LEADER_POLL_MS = 50;

/**
 * Creates the topics (logical names) that do not exist yet, then waits until every partition of
 * every topic has a leader (idempotent). Several clients may create the same new topic at once (a
 * service and a tool starting together): losing that race is fine, as long as the topics exist
 * afterwards. The wait matters for the loser too: a topic listed by the controller may still lack
 * leaders for a moment, and a consumer subscribing then fails with "This server does not host this
 * topic-partition".
 */
export async function ensureTopics(kafka: Kafka, logicalTopics: string[], numPartitions = 3): Promise<void> {
  const topics = logicalTopics.map((topic) => topicName(kafka, topic));
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) await createTopicsTolerantly(admin, missing, numPartitions);
    await waitForLeaders(admin, topics);
  } finally {
    await admin.disconnect();
  }
}

async function createTopicsTolerantly(admin: Admin, topics: string[], numPartitions: number): Promise<void> {
  try {
    await admin.createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })) });
  } catch (error) {
    const nowExisting = new Set(await admin.listTopics());
    if (!topics.every((topic) => nowExisting.has(topic))) throw error;
  }
}

async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADER_DEADLINE_MS;
  for (;;) {
    const problem = await leaderlessPartition(admin, topics);
    if (problem === null) return;
    if (Date.now() > deadline) throw new Error(`Kafka topics still without leaders after ${LEADER_DEADLINE_MS} ms: ${problem}`);
    await new Promise((resolve) => setTimeout(resolve, LEADER_POLL_MS));
  }
}

/** A description of the first partition without a leader, or null when all have one. */
async function leaderlessPartition(admin: Admin, topics: string[]): Promise<string | null> {
  try {
    const metadata = await admin.fetchTopicMetadata({ topics });
    for (const topic of metadata.topics) {
      if (topic.partitions.length === 0) return `${topic.name} has no partitions yet`;
      const leaderless = topic.partitions.find((partition) => partition.leader < 0 || partition.partitionErrorCode !== 0);
      if (leaderless) return `${topic.name}[${leaderless.partitionId}]`;
    }
    return null;
  } catch (error) {
    // UNKNOWN_TOPIC_OR_PARTITION / LEADER_NOT_AVAILABLE while the metadata propagates.
    return (error as Error).message;
  }
}
