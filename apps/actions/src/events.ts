import { eventSource } from '@plume/events';

/** CloudEvents `source` of everything this subgraph publishes. */
export const ACTIONS_EVENT_SOURCE = eventSource('actions');
