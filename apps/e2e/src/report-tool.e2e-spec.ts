import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { issueToken } from '@plume/auth';
import { childProcessEnvironment } from '@plume/config';
import { waitFor } from '@plume/testing';
import { ADMIN, ANALYST, STAFF_BE_FR, STAFF_DZ, startPlatform, TOKENS, type Platform } from './support/platform';

const ROOT = resolve(__dirname, '../../..');
const IDS = `query { campaign(code: "W4R-2020") { id } case(slug: "khaled-drareni") { id } }`;
const RECORD = `mutation($input: RecordActionInput!) { recordAction(input: $input) { id status } }`;
const REPORT = `query($filter: ActionReportFilter) { actionReport(filter: $filter) { totals { actions quantity } } }`;
const AWAITING = `query { case(slug: "khaled-drareni") { awaitingDelivery { section collected { signatures letters } } } }`;

interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the report command as an analyst would, against this platform's gateway. */
function runTool(args: string[], env: Record<string, string>): Promise<ToolRun> {
  return new Promise((done) => {
    execFile(
      resolve(ROOT, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.base.json', 'tools/report/src/main.ts', ...args],
      { cwd: ROOT, env: childProcessEnvironment(env), timeout: 90_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The records of a CSV file written by the tool (no quoted fields in these), keyed by header. */
async function readCsv(path: string): Promise<Record<string, string>[]> {
  const text = await readFile(path, 'utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...lines] = text.slice(0, -2).split('\r\n');
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [keys[index], value])));
}

/**
 * Issue 6 end to end: staff of two sections record actions for a case of the 2020 marathon; once the
 * report roll-ups show them, the analysts' command line, run as a separate process against the gateway,
 * writes CSV files with exactly those numbers and an HTML page.
 */
describe('the analysts’ report tool against the platform', () => {
  let platform: Platform;
  let out: string;
  let ids: { campaignId: string; caseId: string };
  let analystToken: string;

  beforeAll(async () => {
    // Reports computed afresh: the set-up below polls a report until the roll-ups count its actions, and a
    // cached answer (REPORT_CACHE_MAX_AGE_SECONDS, 60 s by default) would repeat the first, incomplete one.
    platform = await startPlatform('e2e_report_tool', { env: { actions: { REPORT_CACHE_MAX_AGE_SECONDS: '0' } } });
    out = await mkdtemp(join(tmpdir(), 'plume-report-e2e-'));
    analystToken = await issueToken(TOKENS, ANALYST);
    const found = await platform.call<{ campaign: { id: string }; case: { id: string } }>(IDS, {}, ADMIN);
    ids = { campaignId: found.data!.campaign.id, caseId: found.data!.case.id };

    const record = (as: typeof STAFF_BE_FR, type: string, quantity: number, occurredAt: string, key: string) =>
      // The same idempotency key twice records one action, so a retry while the projections catch up is safe.
      waitFor(`${type} × ${quantity} to be recorded`, async () => {
        const response = await platform.call(RECORD, { input: { caseId: ids.caseId, campaignId: ids.campaignId, type, quantity, occurredAt, idempotencyKey: `e2e-report-${key}` } }, as);
        if (response.errors) throw new Error(response.errors.map((error) => `${error.extensions?.code}: ${error.message}`).join('; '));
        return response.data;
      });
    await record(STAFF_BE_FR, 'LETTER', 120, '2020-11-25T10:00:00Z', 'letters-be-fr');
    await record(STAFF_BE_FR, 'PAPER_SIGNATURES', 300, '2020-12-10T15:00:00Z', 'paper-be-fr');
    await record(STAFF_BE_FR, 'EVENT', 1, '2021-01-08T18:00:00Z', 'event-be-fr');
    await record(STAFF_DZ, 'LETTER', 45, '2020-12-12T09:00:00Z', 'letters-dz');

    const filter = { campaignIds: [ids.campaignId], from: '2020-11-01', to: '2021-01-31' };
    await waitFor('the report roll-ups to count the four actions', async () => {
      const response = await platform.call<{ actionReport: { totals: { actions: number; quantity: number } } }>(REPORT, { filter }, ANALYST);
      const totals = response.data?.actionReport.totals;
      return totals?.actions === 4 && totals.quantity === 466 ? totals : undefined;
    }, 60_000);
  }, 360_000);
  afterAll(async () => {
    await platform?.stop();
    if (out) await rm(out, { recursive: true, force: true });
  }, 60_000);

  it('writes the campaign summary with the numbers recorded', async () => {
    const dir = join(out, 'campaign-summary');
    const run = await runTool(
      ['campaign-summary', '--campaign', 'W4R-2020', '--from', '2020-11-01', '--to', '2021-01-31', '--out', dir, '--gateway', platform.gatewayUrl],
      { REPORT_TOKEN: analystToken },
    );
    expect(run).toMatchObject({ code: 0 });
    expect(run.stderr).toContain('[6/6] writing the files…');
    expect(run.stdout.trim().split('\n')).toContain(join(dir, 'campaign-summary.html'));

    expect(await readCsv(join(dir, 'totals.csv'))).toEqual([{ campaign: 'W4R-2020', actions: '4', quantity: '466', distinct_supporters: '0', distinct_signers: '0' }]);
    expect((await readCsv(join(dir, 'per-month.csv'))).map((row) => [row.period, row.actions, row.quantity])).toEqual([
      ['2020-11', '1', '120'],
      ['2020-12', '2', '345'],
      ['2021-01', '1', '1'],
    ]);
    expect((await readCsv(join(dir, 'per-section.csv'))).map((row) => [row.section, row.actions, row.quantity, row.suppressed])).toEqual([
      ['BE-FR', '3', '421', 'false'],
      ['DZ', '1', '45', 'false'],
    ]);
    expect((await readCsv(join(dir, 'per-action-type.csv'))).map((row) => [row.type, row.quantity])).toEqual([
      ['PAPER_SIGNATURES', '300'],
      ['LETTER', '165'],
      ['EVENT', '1'],
    ]);
    expect(await readCsv(join(dir, 'per-case.csv'))).toEqual([
      expect.objectContaining({ slug: 'khaled-drareni', person_name: 'Khaled Drareni', signatures: '300', paper_signatures: '300', letters: '165', quantity: '466' }),
    ]);
    const html = await readFile(join(dir, 'campaign-summary.html'), 'utf8');
    expect(html).toContain('<h1>Campaign summary: Write for Rights 2020 (W4R-2020)</h1>');
    expect(html).not.toContain(analystToken);
  });

  it('writes the case dossier, with what each section collected and what awaits a handover', async () => {
    await waitFor('the deliveries tallies to count the recorded signatures and letters', async () => {
      const response = await platform.call<{ case: { awaitingDelivery: { section: string; collected: { signatures: number; letters: number } }[] } }>(AWAITING, {}, ANALYST);
      const tallies = response.data?.case.awaitingDelivery ?? [];
      const of = (section: string) => tallies.find((tally) => tally.section === section)?.collected;
      return of('BE-FR')?.signatures === 300 && of('DZ')?.letters === 45 ? tallies : undefined;
    }, 60_000);
    const dir = join(out, 'case-dossier');
    const run = await runTool(['case-dossier', '--case', 'khaled-drareni', '--out', dir, '--gateway', platform.gatewayUrl, '--quiet'], { REPORT_TOKEN: analystToken });
    expect(run).toMatchObject({ code: 0, stderr: '' });

    expect(await readCsv(join(dir, 'case.csv'))).toEqual([expect.objectContaining({ slug: 'khaled-drareni', status: 'ACTIVE', signatures: '300', letters: '165' })]);
    expect((await readCsv(join(dir, 'per-section.csv'))).map((row) => [row.section, row.quantity])).toEqual([
      ['BE-FR', '421'],
      ['DZ', '45'],
    ]);
    expect((await readCsv(join(dir, 'signatures-handed-over.csv'))).map((row) => [row.section, row.signatures_collected, row.signatures_handed_over, row.signatures_awaiting, row.letters_collected])).toEqual([
      ['BE-FR', '300', '0', '300', '120'],
      ['DZ', '0', '0', '0', '45'],
    ]);
  });

  it('writes the section league and the months by action type over the same period', async () => {
    const period = ['--campaign', 'W4R-2020', '--from', '2020-11-01', '--to', '2021-01-31', '--gateway', platform.gatewayUrl, '--quiet'];
    const league = await runTool(['section-league', ...period, '--out', join(out, 'league')], { REPORT_TOKEN: analystToken });
    expect(league).toMatchObject({ code: 0, stderr: '' });
    expect((await readCsv(join(out, 'league', 'section-league.csv'))).map((row) => [row.rank, row.section, row.section_name, row.quantity, row.share_of_quantity_percent])).toEqual([
      ['1', 'BE-FR', 'Amnesty International Belgique francophone', '421', '90.3'],
      ['2', 'DZ', 'Amnesty International Algérie', '45', '9.7'],
    ]);

    const months = await runTool(['month-by-month', ...period, '--out', join(out, 'months')], { REPORT_TOKEN: analystToken });
    expect(months).toMatchObject({ code: 0, stderr: '' });
    expect(await readCsv(join(out, 'months', 'per-month-by-type.csv'))).toEqual([
      { period: '2020-11', period_start: '2020-11-01', letter: '120', paper_signatures: '0', event: '0', total: '120', suppressed: 'false' },
      { period: '2020-12', period_start: '2020-12-01', letter: '45', paper_signatures: '300', event: '0', total: '345', suppressed: 'false' },
      { period: '2021-01', period_start: '2021-01-01', letter: '0', paper_signatures: '0', event: '1', total: '1', suppressed: 'false' },
    ]);
  });

  it('prints the code and message of a refusal, exits 1, and never prints the token', async () => {
    const staffToken = await issueToken(TOKENS, STAFF_BE_FR);
    const run = await runTool(['month-by-month', '--section', 'DZ', '--out', join(out, 'refused'), '--gateway', platform.gatewayUrl, '--token', staffToken], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('report: the gateway refused the report query:\n  FORBIDDEN: Staff reports cover their own section only (BE-FR).');
    expect(run.stderr + run.stdout).not.toContain(staffToken);
  });
});
