import {
  authEnvironment,
  databaseEnvironment,
  kafkaEnvironment,
  loadEnvironment,
  refuseDevelopmentSecretsInProduction,
  serviceEnvironment,
  z,
} from '@plume/config';

/** Settings of this subgraph only: its consumer of plume.deliveries (handovers become case updates). */
const casesSettings = {
  DELIVERY_UPDATES_ENABLED: z.stringbool().default(true),
  /** Tests give each service its own group, so that two of them never share the partitions. */
  DELIVERY_UPDATES_GROUP_ID: z.string().min(1).default('cases.deliveries-updates'),
};

export const casesEnvironmentSchema = refuseDevelopmentSecretsInProduction(
  z.object({ ...serviceEnvironment(4001), ...databaseEnvironment('plume_cases'), ...kafkaEnvironment, ...authEnvironment, ...casesSettings }),
);
export type CasesEnvironment = z.output<typeof casesEnvironmentSchema>;

export function loadCasesEnvironment(source?: Record<string, string | undefined>): CasesEnvironment {
  return loadEnvironment('cases', casesEnvironmentSchema, source);
}
