import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannedTransport, type CannedAnswers } from '../fixtures/canned-transport';
import { DEMO_ANSWERS } from '../fixtures/demo-answers';
import { runReport } from './run-report';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.do-not-print-me.signature';

describe('the report command', () => {
  let out: string;
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'plume-report-'));
  });
  afterEach(() => rm(out, { recursive: true, force: true }));

  async function run(argv: string[], answers: CannedAnswers = DEMO_ANSWERS, environment: Record<string, string> = {}) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const seen: { url?: string; token?: string } = {};
    const code = await runReport({
      argv,
      environment,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      transport: (url, token) => {
        Object.assign(seen, { url, token });
        return cannedTransport(answers);
      },
      now: () => new Date('2021-02-01T08:00:00Z'),
    });
    return { code, stdout, stderr, seen };
  }

  it('writes one CSV per table and the HTML page, lists them on stdout and shows progress on stderr', async () => {
    const { code, stdout, stderr, seen } = await run(['campaign-summary', '--campaign', 'W4R-2020', '--out', out, '--token', TOKEN, '--gateway', 'http://127.0.0.1:4100/graphql']);
    expect(code).toBe(0);
    expect(seen).toEqual({ url: 'http://127.0.0.1:4100/graphql', token: TOKEN });
    const files = ['totals.csv', 'per-month.csv', 'per-section.csv', 'per-action-type.csv', 'per-case.csv', 'campaign-summary.html'];
    expect(stdout).toEqual(files.map((file) => join(out, file)));
    expect((await readdir(out)).sort()).toEqual([...files].sort());
    expect(stderr).toEqual(['[1/6] campaign W4R-2020…', '[2/6] totals and per month…', '[3/6] per section…', '[4/6] per action type…', '[5/6] per case…', '[6/6] writing the files…']);

    const perSection = await readFile(join(out, 'per-section.csv'), 'utf8');
    expect(perSection.split('\r\n')).toEqual([
      'section,actions,quantity,distinct_supporters,distinct_signers,suppressed',
      'FR,70100,120400,26050,24300,false',
      'BE-FR,35600,61230,13200,12150,false',
      'DZ,21900,38115,8940,8120,false',
      'CA-FR,8050,14870,2780,2590,false',
      'MA,5037,8302,1480,1390,false',
      ',83,128,,,true',
      '',
    ]);
    const html = await readFile(join(out, 'campaign-summary.html'), 'utf8');
    expect(html).toContain('<h1>Campaign summary: Write for Rights 2020 (W4R-2020)</h1>');
    expect(html).toContain('Small cells merged.');
    expect(html).not.toContain(TOKEN);
  });

  it('prints the code and message of a GraphQL error, exits 1, and never prints the token', async () => {
    const answers = { ...DEMO_ANSWERS, actionReportErrors: [{ message: 'Only analysts, admins and staff may read reports.', extensions: { code: 'FORBIDDEN' } }] };
    const { code, stderr } = await run(['month-by-month', '--out', out, '--quiet'], answers, { REPORT_TOKEN: TOKEN });
    expect(code).toBe(1);
    expect(stderr).toEqual(['report: the gateway refused the report query:\n  FORBIDDEN: Only analysts, admins and staff may read reports.']);
    expect(stderr.join('\n')).not.toContain(TOKEN);
    expect(await readdir(out)).toEqual([]);
  });

  it('mints a development analyst token when none is given, and says so', async () => {
    const { code, stderr, seen } = await run(['section-league', '--out', out, '--quiet']);
    expect(code).toBe(0);
    expect(seen.token).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stderr).toEqual(['report: no REPORT_TOKEN: using an analyst token minted with the development JWT secret']);
  });

  it('exits 2 without a token when the secret is not the development one', async () => {
    const { code, stderr } = await run(['section-league', '--out', out], DEMO_ANSWERS, { JWT_SECRET: 'a-real-secret-of-this-deployment-0123456789' });
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/^report: no token: set REPORT_TOKEN/);
  });

  it('exits 2 with the usage on a mistake, and 2 on an unknown campaign', async () => {
    const usage = await run(['campaign-summary']);
    expect(usage.code).toBe(2);
    expect(usage.stderr[0]).toMatch(/^report: campaign-summary needs --campaign CODE[^]*Reports:\n {2}campaign-summary/);
    const unknown = await run(['campaign-summary', '--campaign', 'NOPE', '--out', out, '--quiet'], DEMO_ANSWERS, { REPORT_TOKEN: TOKEN });
    expect(unknown).toMatchObject({ code: 2, stderr: ['report: no campaign has the code NOPE (or it is not visible to this token)'] });
  });

  it('prints the usage on --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout[0]).toContain('npx tsx --tsconfig tsconfig.base.json tools/report/src/main.ts <report> [options]');
  });
});
