import {
  authEnvironment,
  databaseEnvironment,
  humanCheckEnvironment,
  kafkaEnvironment,
  loadEnvironment,
  mailEnvironment,
  privacyEnvironment,
  refuseDevelopmentSecretsInProduction,
  sectionList,
  serviceEnvironment,
  z,
} from '@plume/config';

const thresholds = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean).map(Number))
  .pipe(z.array(z.number().int('each threshold must be a whole number').min(1, 'each threshold must be at least 1')).min(1))
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

export const actionsEnvironmentSchema = refuseDevelopmentSecretsInProduction(
  z.object({
    ...serviceEnvironment(4003),
    ...databaseEnvironment('plume_actions'),
    ...kafkaEnvironment,
    ...authEnvironment,
    ...privacyEnvironment,
    ...mailEnvironment,
    ...humanCheckEnvironment,
    /** Sections whose online signatures count only once the signer followed an emailed link. */
    SIGNATURE_DOUBLE_OPT_IN_SECTIONS: sectionList,
    /** The link emailed for double opt-in; `{section}` and `{token}` are replaced (the section website calls confirmSignature). */
    SIGNATURE_CONFIRMATION_LINK: z
      .string()
      .refine((link) => link.includes('{token}'), 'SIGNATURE_CONFIRMATION_LINK must contain {token}')
      .default('http://127.0.0.1:4000/confirm-signature?section={section}&token={token}'),
    /** Key of the "that was not me" tokens of petition signatures; known to this service only. */
    SIGNATURE_TOKEN_SECRET: z
      .string()
      .min(32, 'SIGNATURE_TOKEN_SECRET must be at least 32 characters long')
      .default('dev-only-signature-token-secret-0123456789'),
    /** Signatures and letters of a case at which `case.milestone-reached` is announced, once each. */
    MILESTONE_THRESHOLDS: thresholds.default([1_000, 10_000, 100_000, 1_000_000]),
    CASES_PROJECTION_ENABLED: z.stringbool().default(true),
    CASES_PROJECTION_GROUP_ID: z.string().min(1).default('actions.cases-projection'),
    SUPPORTERS_EVENTS_ENABLED: z.stringbool().default(true),
    SUPPORTERS_EVENTS_GROUP_ID: z.string().min(1).default('actions.supporters-events'),
    /** The report roll-ups' consumer of `plume.actions` (batch, watermarked). */
    REPORT_ROLLUPS_ENABLED: z.stringbool().default(true),
    REPORT_ROLLUPS_GROUP_ID: z.string().min(1).default('actions.report-rollups'),
    /** Small-cell rule: report rows of fewer people than this in a section are merged into a suppressed row. */
    REPORT_MIN_PEOPLE: z.coerce.number().int('REPORT_MIN_PEOPLE must be a whole number').min(1).max(100).default(5),
    /**
     * How long a report answer is served again (its `asOf` says up to which event it counts): exact distinct
     * people over millions of rows take seconds. 0 computes every request.
     */
    REPORT_CACHE_MAX_AGE_SECONDS: z.coerce
      .number()
      .int('REPORT_CACHE_MAX_AGE_SECONDS must be a whole number')
      .min(0, 'REPORT_CACHE_MAX_AGE_SECONDS must be 0 (no cache) or more')
      .max(3_600, 'REPORT_CACHE_MAX_AGE_SECONDS must be at most 3600 (an hour)')
      .default(60),
    /**
     * How long a report request waits before it is told to ask again (SERVICE_UNAVAILABLE, `retryAfter`)
     * while its report goes on being computed into the cache: under the gateway's SUBGRAPH_TIMEOUT_MS.
     */
    REPORT_WAIT_LIMIT_MS: z.coerce.number().int('REPORT_WAIT_LIMIT_MS must be a whole number').min(100).max(600_000).default(8_000),
  }),
);
export type ActionsEnvironment = z.output<typeof actionsEnvironmentSchema>;

export function loadActionsEnvironment(source?: Record<string, string | undefined>): ActionsEnvironment {
  return loadEnvironment('actions', actionsEnvironmentSchema, source);
}
