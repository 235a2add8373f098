/**
 * An entity another subgraph owns (Case, Campaign, Supporter), as this subgraph sees it: its key.
 * The gateway joins the owner's fields; this subgraph adds its own (the counters).
 */
export interface EntityReference {
  id: string;
}

export const referenceTo = (id: string): EntityReference => ({ id });
