import { GATEWAY_CREDENTIAL_HEADER, issueToken } from '@plume/auth';
import { authEnvironment, loadEnvironment, z } from '@plume/config';
import { CASE_PAGE, CASES_ONLY, checkAnswers, measure, type Line } from './case-page/case-page-load';
import { numberOption, runBench } from './shared/cli';
import { startHiveGateway } from './shared/hive-gateway';
import { platformOption } from './shared/platform';
import { saveResult } from './shared/results';

export { CASE_PAGE, measure, type Line };

/**
 * Benchmark 1 of issue 8: the case page a section website sends, side by side in one run —
 *  - through Plume's gateway as an anonymous visitor (four subgraphs, or the response cache),
 *  - through Plume's gateway as staff (never cached: the cost of the four subgraph calls),
 *  - through Hive Gateway (`@graphql-hive/gateway`, its defaults: no response cache) on the same
 *    supergraph and subgraphs: the reference,
 *  - the same case fields from the cases subgraph alone.
 * Targets: Plume ≥ 1.5× Hive Gateway's throughput at an equal or better p99; within 2× of the cases
 * subgraph alone. Needs `npm start` running (or `--platform <file>`).
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/case-page-read.ts [--platform <file>] [--seconds 10] [--connections 32] [--warmup 2]
 */
const settings = loadEnvironment('bench', z.object(authEnvironment));

async function main(): Promise<void> {
  const platform = platformOption();
  const load = { seconds: numberOption('seconds', 10), connections: numberOption('connections', 32), warmupSeconds: numberOption('warmup', 2) };
  const credential = { [GATEWAY_CREDENTIAL_HEADER]: settings.GATEWAY_CREDENTIAL };
  const staffToken = await issueToken(
    { secret: settings.JWT_SECRET, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE },
    { role: 'staff', subject: 'bench-staff', section: 'BE-FR', expiresIn: '2h' },
  );
  const staff = { authorization: `Bearer ${staffToken}` };
  await checkAnswers('the gateway', platform.gatewayUrl, CASE_PAGE);
  await checkAnswers('the cases subgraph', platform.subgraphUrls.cases, CASES_ONLY, credential);

  const hive = await startHiveGateway({ subgraphUrls: platform.subgraphUrls, gatewayCredential: settings.GATEWAY_CREDENTIAL });
  let lines: Line[];
  try {
    await checkAnswers('Hive Gateway', hive.url, CASE_PAGE);
    lines = [
      await measure('Plume gateway, anonymous (response cache)', platform.gatewayUrl, CASE_PAGE, {}, load),
      await measure('Plume gateway, staff (never cached)', platform.gatewayUrl, CASE_PAGE, staff, load),
      await measure(`Hive Gateway ${hive.version} (reference)`, hive.url, CASE_PAGE, {}, load),
      await measure('cases subgraph alone (same case fields)', platform.subgraphUrls.cases, CASES_ONLY, credential, load),
    ];
  } finally {
    await hive.stop();
  }
  const [plume, uncached, reference, alone] = lines;
  const ratio = (a: Line, b: Line) => Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(2));
  const ratios = { plumeOverHive: ratio(plume, reference), uncachedOverHive: ratio(uncached, reference), plumeOverCasesAlone: ratio(plume, alone) };
  console.table(lines);
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(`Plume / Hive Gateway: ${ratios.plumeOverHive}× the throughput (target ≥ 1.5×: ${verdict(ratios.plumeOverHive >= 1.5)}), p99 ${plume.p99Ms} vs ${reference.p99Ms} ms (target ≤: ${verdict(plume.p99Ms <= reference.p99Ms)})`);
  console.log(`Plume uncached (staff) / Hive Gateway: ${ratios.uncachedOverHive}× the throughput, p99 ${uncached.p99Ms} vs ${reference.p99Ms} ms`);
  console.log(`Plume / cases subgraph alone: ${ratios.plumeOverCasesAlone} of the throughput (target ≥ 0.5, within 2×: ${verdict(ratios.plumeOverCasesAlone >= 0.5)})`);
  console.log(`${load.connections} connections, ${load.seconds} s per line after ${load.warmupSeconds} s of warm-up`);
  console.log(`saved ${saveResult('case-page-read', { ...load, lines, ratios })}`);
}

// memory.ts reuses this benchmark's load: run only when called as a command.
if (require.main === module) runBench(main);
