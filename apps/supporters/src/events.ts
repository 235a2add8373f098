import { eventSource } from '@plume/events';

/** CloudEvents `source` of everything this subgraph publishes. */
export const SUPPORTERS_EVENT_SOURCE = eventSource('supporters');
