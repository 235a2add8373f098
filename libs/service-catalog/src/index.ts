export { SERVICE_HEAP_LIMIT_MB, SERVICE_NODE_OPTIONS, SERVICES, SUBGRAPHS, subgraphUrlSetting, subgraphUrlsFor } from './services';
export type { ServiceDefinition } from './services';
