import { z } from 'zod';

/** `first` / `after` of a Relay-style connection: 1 to 100 rows, 20 by default. */
export const pageArguments = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').nullish().transform((n) => n ?? 20),
  after: z.string().max(500).nullish(),
});
export type PageArguments = z.output<typeof pageArguments>;

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * A page from rows fetched with `LIMIT first + 1`: the extra row only tells whether there is a next page.
 */
export function toConnection<Node>(rows: Node[], first: number, cursorOf: (node: Node) => string, totalCount: number): Connection<Node> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
