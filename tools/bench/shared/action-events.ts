import pino from 'pino';
import { ActionRecorded, createKafka, subscribeToEvents, Topic, type EventData } from '@plume/events';
import type { BenchPlatform } from './platform';

export interface RecordedActionsWatch {
  /** When each action's first `action.recorded` reached this subscriber (epoch ms), by action id. */
  arrivals: Map<string, number>;
  /** The distinct CloudEvents ids (`ce_id`) received for each action. */
  eventIds: Map<string, Set<string>>;
  /** Waits until the subscription is live: `probe` (one signature) is sent again until an event comes. */
  untilLive(probe: () => Promise<void>, timeoutMs?: number): Promise<void>;
  /** Waits until every one of `actionIds` has arrived, or no new one for `quietMs`; resolves to those missing. */
  waitForAll(actionIds: string[], quietMs?: number): Promise<string[]>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A consumer of plume.actions (in the topic namespace of `connection`), as an internal tool would subscribe (subscribeToEvents,
 * its own group, from now on), noting when each `action.recorded` arrives and under which `ce_id`.
 */
export async function watchRecordedActions(
  connection: BenchPlatform['kafka'],
  groupId: string,
  onRecorded?: (actionId: string, atMs: number) => void,
): Promise<RecordedActionsWatch> {
  const kafka = createKafka({ brokers: connection.brokers, clientId: groupId, topicPrefix: connection.topicPrefix }, pino({ level: 'error' }));
  const arrivals = new Map<string, number>();
  const eventIds = new Map<string, Set<string>>();
  const subscription = await subscribeToEvents(kafka, {
    topics: [Topic.Actions],
    groupId,
    fromBeginning: false,
    onEvent: ({ event }) => {
      if (event.type !== ActionRecorded.type) return;
      const { actionId } = event.data as EventData<typeof ActionRecorded>;
      const at = Date.now();
      if (!arrivals.has(actionId)) {
        arrivals.set(actionId, at);
        onRecorded?.(actionId, at);
      }
      const ids = eventIds.get(actionId) ?? new Set<string>();
      eventIds.set(actionId, ids.add(event.id));
    },
  });

  return {
    arrivals,
    eventIds,
    async untilLive(probe, timeoutMs = 60_000) {
      // A new group starts at the end of the topic once it has joined: events written before that are not seen.
      const deadline = Date.now() + timeoutMs;
      while (arrivals.size === 0) {
        if (Date.now() > deadline) throw new Error(`no action.recorded reached the subscriber within ${timeoutMs} ms`);
        await probe();
        for (let waited = 0; waited < 1_000 && arrivals.size === 0; waited += 50) await sleep(50);
      }
    },
    async waitForAll(actionIds, quietMs = 30_000) {
      let missing = actionIds.filter((id) => !arrivals.has(id));
      let lastProgress = Date.now();
      while (missing.length > 0 && Date.now() - lastProgress < quietMs) {
        await sleep(100);
        const still = missing.filter((id) => !arrivals.has(id));
        if (still.length < missing.length) lastProgress = Date.now();
        missing = still;
      }
      return missing;
    },
    stop: () => subscription.stop(),
  };
}
