import {
  authEnvironment,
  databaseEnvironment,
  kafkaEnvironment,
  loadEnvironment,
  refuseDevelopmentSecretsInProduction,
  serviceEnvironment,
  z,
} from '@plume/config';

/** Settings of this subgraph only: its two consumers (the case projection and the actions tally). */
const deliveriesSettings = {
  CASES_PROJECTION_ENABLED: z.stringbool().default(true),
  /** Tests give each service its own groups, so that two of them never share the partitions. */
  CASES_PROJECTION_GROUP_ID: z.string().min(1).default('deliveries.cases-projection'),
  ACTIONS_TALLY_ENABLED: z.stringbool().default(true),
  ACTIONS_TALLY_GROUP_ID: z.string().min(1).default('deliveries.actions-tally'),
};

export const deliveriesEnvironmentSchema = refuseDevelopmentSecretsInProduction(
  z.object({
    ...serviceEnvironment(4004),
    ...databaseEnvironment('plume_deliveries'),
    ...kafkaEnvironment,
    ...authEnvironment,
    ...deliveriesSettings,
  }),
);
export type DeliveriesEnvironment = z.output<typeof deliveriesEnvironmentSchema>;

export function loadDeliveriesEnvironment(source?: Record<string, string | undefined>): DeliveriesEnvironment {
  return loadEnvironment('deliveries', deliveriesEnvironmentSchema, source);
}
