import type { Kafka } from 'kafkajs';
import type { CloudEvent } from '../envelope/cloud-event';
import { subscribeToEvents } from './event-subscription';

export interface ReceivedEvent {
  event: CloudEvent;
  key: string | null;
  topic: string;
  partition: number;
  offset: string;
  headers: Record<string, string>;
}

export interface EventReader {
  received: ReceivedEvent[];
  /** Resolves with the first received event matching `predicate`, or rejects after `timeoutMs`. */
  waitFor(predicate: (received: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  stop(): Promise<void>;
}

/**
 * A plain reader of CloudEvents from topics, from the beginning, for tests and internal tools that
 * want to look at the stream without a projection (messages that are not CloudEvents are skipped).
 */
export async function startEventReader(kafka: Kafka, topics: string[], groupId: string): Promise<EventReader> {
  const received: ReceivedEvent[] = [];
  const subscription = await subscribeToEvents(kafka, { topics, groupId, fromBeginning: true, onEvent: (event) => void received.push(event) });

  return {
    received,
    async waitFor(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = received.find(predicate);
        if (match) return match;
        if (Date.now() > deadline) throw new Error(`no matching event on ${topics.join(', ')} within ${timeoutMs} ms (saw ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () => subscription.stop(),
  };
}
