export { ConfigurationError, loadEnvironment } from './load-environment';
export {
  authEnvironment,
  databaseEnvironment,
  humanCheckEnvironment,
  kafkaEnvironment,
  logLevel,
  mailEnvironment,
  nodeEnvironment,
  privacyEnvironment,
  refuseDevelopmentSecretsInProduction,
  sectionList,
  serviceEnvironment,
} from './fragments';
export { z } from 'zod';
export { childProcessEnvironment } from './child-process-environment';
