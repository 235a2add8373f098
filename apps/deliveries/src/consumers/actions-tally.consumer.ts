import { ActionRecorded, ActionRetracted, createBatchConsumer, Topic, type BatchConsumerOptions, type Lifecycle } from '@plume/events';
import type { DeliveriesServices } from '../services';

type ConsumerSettings = Pick<BatchConsumerOptions, 'kafka' | 'dataSource' | 'logger' | 'groupId'>;

/**
 * Builds the tally of signatures and letters per case and section from plume.actions, a fetched batch
 * per transaction (a marathon's peak brings hundreds of signatures a second). Exact under redelivery
 * and restarts: the batch's tally rows commit with the partition's watermark, and every row is keyed
 * by its action.
 */
export function createActionsTallyConsumer(settings: ConsumerSettings, services: Pick<DeliveriesServices, 'tally'>): Lifecycle {
  return createBatchConsumer({
    ...settings,
    topics: [Topic.Actions],
    eventTypes: [ActionRecorded.type, ActionRetracted.type],
    handler: (events, manager) => services.tally.apply(manager, events),
  });
}
