/**
 * The subgraphs composed into the gateway's static supergraph. `url` is the default routing URL
 * written into the supergraph; the gateway overrides it per environment (e.g. CASES_URL).
 */
export interface SubgraphDefinition {
  name: string;
  url: string;
  schemaPath: string;
}

export const SUBGRAPHS: SubgraphDefinition[] = [
  { name: 'cases', url: 'http://127.0.0.1:4001/graphql', schemaPath: 'apps/cases/src/schema.graphql' },
  { name: 'supporters', url: 'http://127.0.0.1:4002/graphql', schemaPath: 'apps/supporters/src/schema.graphql' },
  { name: 'actions', url: 'http://127.0.0.1:4003/graphql', schemaPath: 'apps/actions/src/schema.graphql' },
  { name: 'deliveries', url: 'http://127.0.0.1:4004/graphql', schemaPath: 'apps/deliveries/src/schema.graphql' },
];

export const SUPERGRAPH_PATH = 'apps/gateway/src/supergraph.graphql';
/** The schema clients see (no federation internals): what operations are validated and typed against. */
export const API_SCHEMA_PATH = 'apps/gateway/src/api-schema.graphql';
