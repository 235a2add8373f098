/**
 * The ids an answer depends on, as tags of the response cache. Two sources, because neither is enough
 * alone: the representations the gateway sends to subgraphs (every field another subgraph adds to a
 * `Case` or a `Campaign` is fetched that way, even when the query does not ask for `id`), and the `id`
 * fields of the answer itself (entities served by the root subgraph).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Plume's entity ids are UUIDs: events and variables name entities with them. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Adds the `id` of every entity representation in a subgraph request's variables. */
export function collectRepresentationIds(variables: Record<string, unknown> | undefined, into: Set<string>): void {
  const representations = variables?.representations;
  if (!Array.isArray(representations)) return;
  for (const representation of representations) {
    const id = (representation as { id?: unknown } | null)?.id;
    if (typeof id === 'string') into.add(id);
  }
}

/** Adds every string value of a field named `id`, at any depth of an answer's data. */
export function collectDataIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectDataIds(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'id' && typeof field === 'string') into.add(field);
      else if (field !== null && typeof field === 'object') collectDataIds(field, into);
    }
  }
}

/** Adds every UUID among the values of a mutation's variables, at any depth (`caseId`, `input.caseId`…). */
export function collectVariableIds(value: unknown, into: Set<string>): void {
  if (isUuid(value)) into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectVariableIds(item, into);
  else if (value !== null && typeof value === 'object') for (const field of Object.values(value)) collectVariableIds(field, into);
}
