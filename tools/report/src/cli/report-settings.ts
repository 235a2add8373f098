import { issueToken } from '@plume/auth';
import { authEnvironment, loadEnvironment, nodeEnvironment, z } from '@plume/config';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

const reportEnvironment = z.object({
  NODE_ENV: nodeEnvironment,
  /** The bearer token of the reports: an analyst's (or admin's, or a staff member's for their section). */
  REPORT_TOKEN: z.string().min(1).optional(),
  REPORT_GATEWAY_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).default(DEFAULT_GATEWAY_URL),
  JWT_SECRET: authEnvironment.JWT_SECRET,
  JWT_ISSUER: authEnvironment.JWT_ISSUER,
  JWT_AUDIENCE: authEnvironment.JWT_AUDIENCE,
});

export type ReportSettings = z.output<typeof reportEnvironment>;

/** The tool's settings from the environment (through @plume/config, the one place that reads it). */
export function loadReportSettings(source?: Record<string, string | undefined>): ReportSettings {
  return loadEnvironment('report', reportEnvironment, source);
}

/** True while JWT_SECRET is the development default of every Plume service (never in production). */
export function usesDevelopmentSecret(settings: ReportSettings): boolean {
  const defaults = z.object({ JWT_SECRET: authEnvironment.JWT_SECRET }).parse({});
  return settings.NODE_ENV !== 'production' && settings.JWT_SECRET === defaults.JWT_SECRET;
}

export class MissingTokenError extends Error {
  override name = 'MissingTokenError';
  constructor() {
    super('no token: set REPORT_TOKEN (or pass --token) to an analyst token; one is minted for you only on a development setup (JWT_SECRET unset)');
  }
}

/**
 * The token of the run: --token, else REPORT_TOKEN, else — on a development setup only — a fresh
 * analyst token signed with the development secret, valid 15 minutes (`minted` says so, for a notice).
 */
export async function resolveToken(commandLineToken: string | null, settings: ReportSettings): Promise<{ token: string; minted: boolean }> {
  const given = commandLineToken ?? settings.REPORT_TOKEN;
  if (given) return { token: given, minted: false };
  if (!usesDevelopmentSecret(settings)) throw new MissingTokenError();
  const token = await issueToken(
    { secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE },
    { role: 'analyst', subject: 'report-cli', expiresIn: '15m' },
  );
  return { token, minted: true };
}
