import { z } from '@plume/config';
import { REPORTS, REPORT_NAMES, type ReportName, type ReportOptions } from '../reports';

export interface CommandLine {
  report: ReportOptions;
  /** Where the files go; null: tmp/reports/<report>. */
  out: string | null;
  /** Given with --token (REPORT_TOKEN is read with the other settings). */
  token: string | null;
  gateway: string | null;
  quiet: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Writes an analysts' report of Plume: one CSV file per table (RFC 4180, UTF-8) and one HTML page.

  npx tsx --tsconfig tsconfig.base.json tools/report/src/main.ts <report> [options]

Reports:
${REPORT_NAMES.map((name) => `  ${name.padEnd(18)} ${REPORTS[name].summary}`).join('\n')}

Options:
  --campaign CODE      a campaign, e.g. W4R-2020 (required by campaign-summary; narrows the others)
  --case SLUG          a case, e.g. khaled-drareni (case-dossier only, required there)
  --from YYYY-MM-DD    first day included (UTC)
  --to YYYY-MM-DD      last day included (UTC)
  --section S[,S…]     section codes, e.g. BE-FR (staff tokens: their own section only)
  --language L         language of campaign names and embassy cities (default: en)
  --out DIR            where to write the files (default: tmp/reports/<report>)
  --gateway URL        the gateway (default: REPORT_GATEWAY_URL, else http://127.0.0.1:4000/graphql)
  --token JWT          an analyst, admin or staff token (default: REPORT_TOKEN; prefer the variable:
                       a command line is visible to the other users of the machine)
  --quiet              no progress lines on stderr
  --help

Without a token, and only while JWT_SECRET is the development default, an analyst token is minted for
the run (as npm start does for its demo tokens).`;

const day = z.iso.date();
const section = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/);

/** Parses the command line; `--section a,b` and `--section a --section b` are the same. */
export function parseCommandLine(argv: string[]): CommandLine | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [name, ...rest] = argv;
  if (!name || name.startsWith('--')) throw new UsageError('name the report first');
  if (!(REPORT_NAMES as readonly string[]).includes(name)) throw new UsageError(`unknown report ${name}: one of ${REPORT_NAMES.join(', ')}`);
  const report: ReportOptions = { report: name as ReportName, campaign: null, caseSlug: null, from: null, to: null, sections: [], language: 'en' };
  const line: CommandLine = { report, out: null, token: null, gateway: null, quiet: false };

  for (let index = 0; index < rest.length; index += 1) {
    const flag = rest[index];
    const value = () => {
      const next = rest[++index];
      // The value is never repeated in a message: it may be a token.
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return next.trim();
    };
    switch (flag) {
      case '--campaign':
        report.campaign = value().toUpperCase();
        break;
      case '--case':
        report.caseSlug = value().toLowerCase();
        break;
      case '--from':
      case '--to': {
        const date = value();
        if (!day.safeParse(date).success) throw new UsageError(`${flag} needs a date written YYYY-MM-DD, e.g. 2020-11-20`);
        report[flag === '--from' ? 'from' : 'to'] = date;
        break;
      }
      case '--section':
        for (const code of value().split(',').filter((part) => part.trim())) {
          const parsed = section.safeParse(code);
          if (!parsed.success) throw new UsageError(`--section needs section codes such as DZ or BE-FR, not ${JSON.stringify(code)}`);
          if (!report.sections.includes(parsed.data)) report.sections.push(parsed.data);
        }
        break;
      case '--language': {
        const language = value().toLowerCase();
        if (!/^[a-z]{2}$/.test(language)) throw new UsageError('--language needs an ISO 639-1 code such as en or fr');
        report.language = language;
        break;
      }
      case '--out':
        line.out = value();
        break;
      case '--gateway': {
        const url = value();
        if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) throw new UsageError('--gateway needs an http(s) URL');
        line.gateway = url;
        break;
      }
      case '--token':
        line.token = value();
        break;
      case '--quiet':
        line.quiet = true;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (report.from && report.to && report.from > report.to) throw new UsageError('--from must not be after --to');
  if (report.report === 'campaign-summary' && !report.campaign) throw new UsageError('campaign-summary needs --campaign CODE, e.g. --campaign W4R-2020');
  if (report.report === 'case-dossier' && !report.caseSlug) throw new UsageError('case-dossier needs --case SLUG, e.g. --case khaled-drareni');
  if (report.report !== 'case-dossier' && report.caseSlug) throw new UsageError('--case applies to case-dossier only');
  return line;
}
