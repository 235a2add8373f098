/** A case as this subgraph knows it: its id. Everything else about it is the cases subgraph's. */
export interface CaseReference {
  id: string;
}
