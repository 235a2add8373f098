import { Client } from 'pg';
import { databaseEnvironment, loadEnvironment, z } from '@plume/config';
import { actionReportQuery, gatewayNumbers } from './reports/gateway-report';
import { rawNumbers, rawReportSql } from './reports/raw-report';
import { newestBenchMarathon, reportLines } from './reports/report-lines';
import { dimensionCount, type ReportNumbers, type ReportSpec } from './reports/report-spec';
import { databaseUrl } from './shared/actions-database';
import { numberOption, runBench, stringOption } from './shared/cli';
import { ACTIONS_SUBGRAPH as NPM_START_ACTIONS_SUBGRAPH, analystToken, graphqlQuery, type GraphqlTarget } from './shared/gateway';
import { timeRuns, type Latency } from './shared/latency';
import { platformOption } from './shared/platform';
import { machineLoad, saveResult } from './shared/results';

/**
 * Issue 6's report target: each report, warm, through the gateway with an analyst token, under 300 ms
 * (median), against the same report as a plain GROUP BY over the raw `action` table, timed the same
 * way; the actions subgraph alone (same query, gateway credential) shows what the gateway adds.
 * Needs a platform running (`npm start`, or `--platform <file>` of apps/e2e/src/serve-bench-platform.ts)
 * and the history of report-history.ts loaded in its actions database.
 *
 * "cold" is the first call of each report through the gateway: what an analyst waits for when no answer
 * is cached (the actions subgraph keeps answers for REPORT_CACHE_MAX_AGE_SECONDS, 60 by default) —
 * the database's pages may be warm from the reports before it. "warm" are the calls after it.
 * Each measurement stops early (after at least 3 runs) once `--budget` seconds are spent on it.
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/report-query.ts [--platform tmp/bench-platform.json] [--runs 15] [--raw-runs 15] [--budget 60]
 */
const TARGET_MS = 300;
const platform = platformOption();
const settings = loadEnvironment('bench', z.object({ DATABASE_URL: databaseEnvironment('plume_actions').DATABASE_URL }));
// --database (a name on DATABASE_URL's server) still wins over the platform's, as before --platform existed.
const url = stringOption('database', '') ? databaseUrl(settings.DATABASE_URL, stringOption('database', '')) : platform.databaseUrls.actions;
const GATEWAY: GraphqlTarget = { url: platform.gatewayUrl, headers: {} };
const ACTIONS_SUBGRAPH: GraphqlTarget = { url: platform.subgraphUrls.actions, headers: NPM_START_ACTIONS_SUBGRAPH.headers }; // the gateway credential
const runs = numberOption('runs', 15);
const rawRuns = numberOption('raw-runs', runs);
const budgetMs = numberOption('budget', 60) * 1000;

interface Line {
  report: string;
  dimensions: number;
  /** The first call (no cached answer): through the gateway, or through the subgraph when the gateway timed out. */
  coldMs: number;
  coldThroughGateway: boolean;
  gateway: Latency;
  subgraph: Latency;
  raw: Latency;
  /** How many times faster the roll-ups answer than the GROUP BY. */
  speedup: number;
  sameNumbers: boolean;
  gatewayNumbers: ReportNumbers;
  rawNumbers: ReportNumbers;
}

const same = (a: ReportNumbers, b: ReportNumbers) => a.rows === b.rows && a.actions === b.actions && a.quantity === b.quantity && a.people === b.people;

async function measure(spec: ReportSpec, client: Client, token: string): Promise<Line> {
  const { query, variables } = actionReportQuery(spec);
  type Answer = Parameters<typeof gatewayNumbers>[0];
  const started = performance.now();
  let coldThroughGateway = true;
  await graphqlQuery<Answer>(GATEWAY, query, variables, token).catch(async () => {
    // The gateway gives up on a subgraph after SUBGRAPH_TIMEOUT_MS (10 s); the subgraph computes on and
    // keeps the answer: asking it directly joins that computation, so its end is the cold time.
    coldThroughGateway = false;
    await graphqlQuery<Answer>(ACTIONS_SUBGRAPH, query, variables, token);
  });
  const coldMs = Math.round(performance.now() - started);
  const gateway = await timeRuns(() => graphqlQuery<Answer>(GATEWAY, query, variables, token), runs, { budgetMs });
  const subgraph = await timeRuns(() => graphqlQuery<Answer>(ACTIONS_SUBGRAPH, query, variables, token), runs, { budgetMs });
  const sql = rawReportSql(spec);
  // One warm-up: a raw GROUP BY over millions of rows takes seconds, and its pages are cached after one.
  const raw = await timeRuns(async () => (await client.query(sql.text, sql.values)).rows, rawRuns, { warmups: 1, budgetMs });
  const numbers = { gateway: gatewayNumbers(gateway.result), raw: rawNumbers(spec, raw.result) };
  return {
    report: spec.name,
    dimensions: dimensionCount(spec),
    coldMs,
    coldThroughGateway,
    gateway: gateway.latency,
    subgraph: subgraph.latency,
    raw: raw.latency,
    speedup: Math.round((raw.latency.medianMs / gateway.latency.medianMs) * 10) / 10,
    sameNumbers: same(numbers.gateway, numbers.raw),
    gatewayNumbers: numbers.gateway,
    rawNumbers: numbers.raw,
  };
}

runBench(async () => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const marathon = await newestBenchMarathon(client);
    const { rows } = await client.query(`SELECT count(*)::int AS actions FROM action`);
    console.log(`${rows[0].actions.toLocaleString('en')} actions in ${new URL(url).pathname.slice(1)}; up to ${runs} gateway runs and ${rawRuns} raw runs per report (at least 3, ${budgetMs / 1000} s budget each), warm`);
    const token = await analystToken();
    const lines: Line[] = [];
    for (const spec of reportLines(marathon.id)) {
      const line = await measure(spec, client, token);
      lines.push(line);
      console.log(`  ${spec.name}: cold ${line.coldMs} ms${line.coldThroughGateway ? '' : ' (gateway timed out)'}, gateway ${line.gateway.medianMs} ms, actions subgraph ${line.subgraph.medianMs} ms, GROUP BY ${line.raw.medianMs} ms`);
    }
    console.table(
      lines.map((line) => ({
        report: line.report,
        dims: line.dimensions,
        rows: line.gatewayNumbers.rows,
        runs: `${line.gateway.runs}/${line.raw.runs}`,
        'cold ms': line.coldThroughGateway ? line.coldMs : `${line.coldMs} (gateway timed out)`,
        'gateway p50 ms': line.gateway.medianMs,
        'gateway p95 ms': line.gateway.p95Ms,
        'subgraph p50 ms': line.subgraph.medianMs,
        'GROUP BY p50 ms': line.raw.medianMs,
        'GROUP BY p95 ms': line.raw.p95Ms,
        'GROUP BY ÷ gateway': line.speedup,
        'same numbers': line.sameNumbers ? 'yes' : 'NO',
        [`< ${TARGET_MS} ms`]: line.gateway.medianMs < TARGET_MS ? 'yes' : 'MISSED',
      })),
    );
    const missed = lines.filter((line) => line.gateway.medianMs >= TARGET_MS);
    console.log(missed.length === 0 ? `every report under ${TARGET_MS} ms (median)` : `${missed.length} of ${lines.length} reports miss ${TARGET_MS} ms: ${missed.map((line) => line.report).join('; ')}`);
    const mismatched = lines.filter((line) => !line.sameNumbers);
    if (mismatched.length > 0) console.log(`numbers differ for: ${mismatched.map((line) => `${line.report} ${JSON.stringify(line.gatewayNumbers)} vs ${JSON.stringify(line.rawNumbers)}`).join('; ')}`);
    console.log(machineLoad());
    console.log(`saved ${saveResult('report-query', { actions: rows[0].actions, marathon: marathon.code, runs, rawRuns, budgetMs, targetMs: TARGET_MS, lines })}`);
  } finally {
    await client.end();
  }
});
