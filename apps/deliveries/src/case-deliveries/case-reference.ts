/** A `Case` as this subgraph knows it: the key the cases subgraph owns. */
export interface CaseReference {
  id: string;
}
