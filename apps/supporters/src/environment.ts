import {
  authEnvironment,
  databaseEnvironment,
  humanCheckEnvironment,
  kafkaEnvironment,
  loadEnvironment,
  privacyEnvironment,
  refuseDevelopmentSecretsInProduction,
  serviceEnvironment,
  z,
} from '@plume/config';

/** Settings of this subgraph only: its consumer of plume.cases and its monthly job. */
const supportersSettings = {
  CASES_PROJECTION_ENABLED: z.stringbool().default(true),
  /** Tests give each service its own group, so that two of them never share the partitions. */
  CASES_PROJECTION_GROUP_ID: z.string().min(1).default('supporters.cases-projection'),
  MONTHLY_FEEDBACK_JOB_ENABLED: z.stringbool().default(true),
  MONTHLY_FEEDBACK_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
};

export const supportersEnvironmentSchema = refuseDevelopmentSecretsInProduction(
  z.object({
    ...serviceEnvironment(4002),
    ...databaseEnvironment('plume_supporters'),
    ...kafkaEnvironment,
    ...authEnvironment,
    ...privacyEnvironment,
    ...humanCheckEnvironment,
    ...supportersSettings,
  }),
);
export type SupportersEnvironment = z.output<typeof supportersEnvironmentSchema>;

export function loadSupportersEnvironment(source?: Record<string, string | undefined>): SupportersEnvironment {
  return loadEnvironment('supporters', supportersEnvironmentSchema, source);
}
