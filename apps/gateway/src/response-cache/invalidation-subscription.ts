import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { createKafkaFromSettings, subscribeToEvents, Topic, type CloudEvent, type EventSubscription, type KafkaSettings } from '@plume/events';

export interface InvalidationSubscription {
  start(): void;
  stop(): Promise<void>;
  /** True while the gateway is in its consumer group, hearing every event: otherwise the cache serves nothing. */
  live(): boolean;
}

interface SubscriptionOptions {
  kafka: KafkaSettings;
  groupPrefix: string;
  logger: Logger;
  onEvent(event: CloudEvent): void;
  /** Called on every (re)join of the group: what was cached before may have missed events. */
  onJoined(): void;
  retryMs?: number;
}

/** The topics whose events can change a public answer (counters, adopters, handovers, the cases themselves). */
const TOPICS = [Topic.Cases, Topic.Actions, Topic.Supporters, Topic.Deliveries];

/**
 * The response cache's ears: a plain subscription (no projection, nothing to de-duplicate — dropping
 * an entry twice is harmless) to the topics of public content, from now on. Every gateway process has
 * its own consumer group: each must hear every event, not a share of the partitions. The cache is live
 * only while the consumer is in its group (partitions assigned); when the broker cannot be reached at
 * start, the gateway serves without the cache and keeps trying in the background.
 */
export function createInvalidationSubscription(options: SubscriptionOptions): InvalidationSubscription {
  const kafka = createKafkaFromSettings(options.kafka, 'plume-gateway', options.logger);
  const groupId = `${options.groupPrefix}-${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  let subscription: EventSubscription | undefined;
  let joined = false;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  async function subscribe(): Promise<void> {
    try {
      const started = await subscribeToEvents(kafka, {
        topics: TOPICS,
        groupId,
        fromBeginning: false,
        onEvent: ({ event }) => options.onEvent(event),
        onMembershipChange(inGroup) {
          joined = inGroup;
          if (inGroup) {
            options.onJoined();
            options.logger.info({ groupId }, 'response cache: hearing events, cache on');
          } else options.logger.warn({ groupId }, 'response cache: the event consumer crashed, cache off until it joins again');
        },
      });
      if (stopped) return void (await started.stop());
      subscription = started;
    } catch (error) {
      if (stopped) return;
      options.logger.warn({ err: error }, 'response cache: cannot listen to events yet, cache off; retrying');
      retry = setTimeout(() => void subscribe(), options.retryMs ?? 5_000);
      retry.unref();
    }
  }

  return {
    start: () => void subscribe(),
    async stop() {
      stopped = true;
      joined = false;
      if (retry) clearTimeout(retry);
      await subscription?.stop();
    },
    live: () => joined,
  };
}
