import { eventSource } from '@plume/events';

/** CloudEvents `source` of everything this subgraph publishes. */
export const CASES_EVENT_SOURCE = eventSource('cases');
