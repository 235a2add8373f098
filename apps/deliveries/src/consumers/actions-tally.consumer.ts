import { ActionRecorded, ActionRetracted, createIdempotentConsumer, onEvent, Topic, type IdempotentConsumerOptions, type Lifecycle } from '@plume/events';
import type { DeliveriesServices } from '../services';

type ConsumerSettings = Pick<IdempotentConsumerOptions, 'kafka' | 'dataSource' | 'logger' | 'groupId'>;

/**
 * Builds the tally of signatures and letters per case and section from plume.actions. Exact under
 * redelivery and restarts: each event's tally change commits with its processed-event mark.
 */
export function createActionsTallyConsumer(settings: ConsumerSettings, services: Pick<DeliveriesServices, 'tally'>): Lifecycle {
  return createIdempotentConsumer({
    ...settings,
    topics: [Topic.Actions],
    handlers: {
      ...onEvent(ActionRecorded, (data, manager) => services.tally.record(manager, data)),
      ...onEvent(ActionRetracted, (data, manager) => services.tally.retract(manager, data)),
    },
  });
}
