export { ConfigurationError, loadEnvironment } from './load-environment';
export {
  authEnvironment,
  databaseEnvironment,
  kafkaEnvironment,
  logLevel,
  nodeEnvironment,
  privacyEnvironment,
  refuseDevelopmentSecretsInProduction,
  serviceEnvironment,
} from './fragments';
export { z } from 'zod';
export { childProcessEnvironment } from './child-process-environment';
