import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Principal } from '@plume/auth';

/**
 * What the response cache may keep, and under which key.
 *
 * Callers: anonymous callers share one class; a section website (`site`) gets its own class per
 * section, because some fields answer a section's website differently (its own adoptions). Staff,
 * analysts, admins and services are never cached: what they see depends on who they are.
 *
 * Operations: queries whose every root field reads the public content of the cases subgraph. Every
 * change to that content is announced on `plume.cases`, which empties the cache; every field other
 * subgraphs add to it is fetched by entity id, which tags the answer. Other root fields (embassies,
 * sections, a questionnaire behind a token, reports…) change without an event the gateway could
 * match, or are nobody else's business: they are never cached.
 */
const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['case', 'cases', 'campaign', 'campaigns', '__typename']);

/** The caller's class in cache keys, or undefined when the caller's answers must never be cached. */
export function cacheScopeOf(principal: Principal): string | undefined {
  if (principal.kind === 'anonymous') return 'anonymous';
  if (principal.role === 'site' && principal.section) return `site:${principal.section}`;
  return undefined;
}

/** True for a query whose root fields are all public content reads (fragments at the root included). */
export function isCacheableOperation(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [])),
  );
  const rootFieldsAreCacheable = (selectionSet: SelectionSetNode, seen: Set<string>): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return CACHEABLE_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsAreCacheable(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return false;
      return rootFieldsAreCacheable(fragment, new Set([...seen, name]));
    });
  return rootFieldsAreCacheable(operation.selectionSet, new Set());
}

/**
 * The key of an answer: the caller's class, the document (its hash: a trusted document sent by id has
 * the same text, so the same hash), the operation chosen in it, and the variables as sent.
 */
export function cacheKey(scope: string, queryHash: string, operationName: string | undefined, variables: Record<string, unknown> | undefined): string {
  return `${scope}\u0000${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
}
