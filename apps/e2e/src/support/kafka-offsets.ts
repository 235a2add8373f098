import { topicName, type createKafka } from '@plume/events';

type Kafka = ReturnType<typeof createKafka>;
type Admin = ReturnType<Kafka['admin']>;

export interface PartitionEnd {
  partition: number;
  /** The offset the next message will get (the high watermark), as Kafka gives it. */
  high: string;
}

export interface KafkaOffsets {
  /** The high watermark of each partition of a (logical) topic. */
  topicEnds(topic: string): Promise<PartitionEnd[]>;
  /** Whether a consumer group has committed `ends` on every non-empty partition of the topic. */
  committedAtEnd(groupId: string, topic: string, ends: PartitionEnd[]): Promise<boolean>;
  /** Moves a group's committed offsets back to the beginning (the group must have no running member). */
  resetToEarliest(groupId: string, topic: string): Promise<void>;
}

/** What the end-to-end tests ask the broker about topics and consumer groups (in the test's topic namespace). */
export function kafkaOffsets(kafka: Kafka): KafkaOffsets {
  const withAdmin = async <T>(use: (admin: Admin) => Promise<T>): Promise<T> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await use(admin);
    } finally {
      await admin.disconnect();
    }
  };
  return {
    topicEnds: (topic) => withAdmin((admin) => admin.fetchTopicOffsets(topicName(kafka, topic))),
    async committedAtEnd(groupId, topic, ends) {
      const [committed] = await withAdmin((admin) => admin.fetchOffsets({ groupId, topics: [topicName(kafka, topic)] }));
      const offsetOf = new Map(committed.partitions.map((partition) => [partition.partition, partition.offset]));
      return ends.every((end) => end.high === '0' || offsetOf.get(end.partition) === end.high);
    },
    resetToEarliest: (groupId, topic) => withAdmin((admin) => admin.resetOffsets({ groupId, topic: topicName(kafka, topic), earliest: true })),
  };
}
