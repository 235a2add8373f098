export { SERVICES, SUBGRAPHS, subgraphUrlSetting, subgraphUrlsFor } from './services';
export type { ServiceDefinition } from './services';
