import { eventSource } from '@plume/events';

/** CloudEvents `source` of everything this subgraph publishes. */
export const DELIVERIES_EVENT_SOURCE = eventSource('deliveries');
