import { ConsentChanged, contractFor, SupporterRegistered, Topic, type CloudEvent } from '@plume/events';
import { isUuid } from './entity-ids';

/** What an event does to the response cache. */
export type Invalidation = { kind: 'everything' } | { kind: 'entities'; ids: string[] } | { kind: 'nothing' };

/** Events about a supporter's own record: no public field reads what they change. */
const WITHOUT_PUBLIC_EFFECT: ReadonlySet<string> = new Set([SupporterRegistered.type, ConsentChanged.type]);

/**
 * The rule that keeps cached public answers true to the events:
 *  - `plume.cases` (a case, its content, status or news; a campaign) empties the cache: these are rare
 *    editorial changes, and they can change any list, name or page;
 *  - an event about a case (`caseId`: actions, adoptions, handovers, milestones) drops the answers
 *    tagged with any id it carries (the case, its campaign, the delivery…);
 *  - a supporter's registration or consents change nothing public;
 *  - anything else, including an event type this gateway does not know, empties the cache: a new
 *    kind of change must never leave a stale page behind.
 */
export function invalidationFor(event: CloudEvent): Invalidation {
  const contract = contractFor(event.type);
  if (!contract || contract.topic === Topic.Cases) return { kind: 'everything' };
  if (WITHOUT_PUBLIC_EFFECT.has(event.type)) return { kind: 'nothing' };
  const data = (event.data ?? {}) as Record<string, unknown>;
  if (typeof data.caseId !== 'string') return { kind: 'everything' };
  return { kind: 'entities', ids: Object.values(data).filter(isUuid) };
}
