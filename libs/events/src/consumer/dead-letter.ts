import type { KafkaMessage, Producer } from 'kafkajs';

export interface DeadLetterContext {
  consumerGroup: string;
  topic: string;
  partition: number;
  message: KafkaMessage;
  error: unknown;
}

const MAX_ERROR_LENGTH = 500;

/**
 * Sends a message that cannot be processed to the group's dead-letter topic, unchanged (key, value,
 * headers), with why and where it came from in `dlq_*` headers so it can be inspected and replayed.
 */
export async function sendToDeadLetter(producer: Producer, deadLetterTopic: string, context: DeadLetterContext): Promise<void> {
  const { message } = context;
  const reason = context.error instanceof Error ? `${context.error.name}: ${context.error.message}` : String(context.error);
  await producer.send({
    topic: deadLetterTopic,
    acks: -1,
    messages: [
      {
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          dlq_error: reason.slice(0, MAX_ERROR_LENGTH),
          dlq_original_topic: context.topic,
          dlq_original_partition: String(context.partition),
          dlq_original_offset: message.offset,
          dlq_consumer_group: context.consumerGroup,
          dlq_failed_at: new Date().toISOString(),
        },
      },
    ],
  });
}
