import { join } from 'node:path';
import { GatewayError, httpTransport, type GraphqlTransport } from '../gateway/gateway-client';
import { gatewayReportApi } from '../gateway/report-api';
import { writeReport } from '../output/write-report';
import { lineProgress, silentProgress } from '../progress';
import { REPORTS, ReportInputError } from '../reports';
import { parseCommandLine, USAGE, UsageError } from './report-options';
import { loadReportSettings, MissingTokenError, resolveToken } from './report-settings';

export interface RunEnvironment {
  argv: string[];
  /** The environment variables (default: the process's, read by @plume/config). */
  environment?: Record<string, string | undefined>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Tests replace the network. */
  transport?: (gatewayUrl: string, token: string) => GraphqlTransport;
  now?: () => Date;
}

/**
 * The whole command: parse, settle the token, build the report, write its files. Returns the exit code:
 * 0 done, 1 the gateway failed or refused, 2 a usage or input mistake. Never prints the token.
 */
export async function runReport(run: RunEnvironment): Promise<number> {
  let line;
  try {
    line = parseCommandLine(run.argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    run.stderr(`report: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (line === 'help') {
    run.stdout(USAGE);
    return 0;
  }
  try {
    const settings = loadReportSettings(run.environment);
    const { token, minted } = await resolveToken(line.token, settings);
    if (minted) run.stderr('report: no REPORT_TOKEN: using an analyst token minted with the development JWT secret');
    const gatewayUrl = line.gateway ?? settings.REPORT_GATEWAY_URL;
    const transport = (run.transport ?? httpTransport)(gatewayUrl, token);
    const definition = REPORTS[line.report.report];
    const progress = line.quiet ? silentProgress : lineProgress(definition.steps(line.report) + 1, run.stderr);
    const report = await definition.build({ api: gatewayReportApi(transport), options: line.report, progress, now: (run.now ?? (() => new Date()))() });
    for (const warning of report.warnings) run.stderr(`report: warning: ${warning}`);
    progress.step('writing the files');
    const written = await writeReport(report, line.out ?? join('tmp', 'reports', line.report.report));
    for (const path of written) run.stdout(path);
    return 0;
  } catch (error) {
    if (error instanceof GatewayError) {
      run.stderr(`report: ${error.message}`);
      return 1;
    }
    if (error instanceof ReportInputError || error instanceof MissingTokenError) {
      run.stderr(`report: ${error.message}`);
      return 2;
    }
    if (error instanceof Error && error.name === 'ConfigurationError') {
      run.stderr(error.message);
      return 2;
    }
    throw error;
  }
}
