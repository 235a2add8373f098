import { numberOption, runBench, stringOption } from './shared/cli';
import { platformOption } from './shared/platform';
import { saveResult } from './shared/results';
import { signingBench } from './signing/signing-bench';

/**
 * Benchmark 2 of issue 8: one-click signing (signPetition through the gateway) at rising concurrency
 * until a failure or p99 > 500 ms, against pgbench writing one business row and one outbox row per
 * transaction into the same PostgreSQL (scratch database, dropped at the end) at the same client
 * counts, and against the bare stack (the same document through @apollo/gateway and an @apollo/subgraph
 * server answering with constants: the fixed stack's own ceiling here); then every stored signature
 * must have its `action.recorded` on plume.actions.
 *
 * The gateway limits public writes per client address (60 a minute): run it against a platform whose
 * limits are raised — `npx tsx --tsconfig tsconfig.base.json apps/e2e/src/serve-bench-platform.ts`
 * and `--platform tmp/bench-platform.json`, or `npm start` started with
 * `RATE_LIMIT_WRITES_PER_ADDRESS=1000000000 RATE_LIMIT_WRITES_PER_CONTACT=1000`.
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/signing.ts [--platform <file>] [--seconds 10] [--steps 1,2,4,8,16,32,64] [--case <slug>] [--floor-database plume_bench_floor]
 */
const TARGET_RATIO = 0.3;
const P99_LIMIT_MS = 500;

runBench(async () => {
  const steps = stringOption('steps', '1,2,4,8,16,32,64').split(',').map(Number);
  const seconds = numberOption('seconds', 10);
  const result = await signingBench({
    platform: platformOption(),
    steps,
    seconds,
    p99LimitMs: P99_LIMIT_MS,
    floorDatabase: stringOption('floor-database', 'plume_bench_floor'),
    caseSlug: stringOption('case', '') || undefined,
    log: (line) => console.log(line),
  });
  console.log(`section ${result.section} signing ${result.cases.join(', ')}; ${seconds} s per step; gateway write limits must be raised (see above)`);
  console.table(
    result.steps.map((step) => ({
      connections: step.connections,
      'signatures/s': step.signing.signedPerSecond,
      'p50 ms': step.signing.p50Ms,
      'p99 ms': step.signing.p99Ms,
      failed: step.signing.failed,
      'pgbench tx/s': step.floor.transactionsPerSecond,
      'pgbench avg ms': step.floor.latencyAverageMs,
      'pgbench CPU ms/tx': step.floor.cpuMsPerTransaction,
      'signing ÷ pgbench': step.ratio,
      'bare stack req/s': step.bareStack.signedPerSecond,
      'bare stack p99 ms': step.bareStack.p99Ms,
      'bare stack ÷ pgbench': step.bareStackRatio,
    })),
  );
  console.log('CPU ms per accepted signature, by process:');
  console.table(Object.fromEntries(result.steps.map((step) => [`${step.connections} connections`, step.cpu.perSignatureMs])));
  console.log('CPU ms per request of the bare stack, by process:');
  console.table(Object.fromEntries(result.steps.map((step) => [`${step.connections} connections`, step.bareStackCpu.perSignatureMs])));
  for (const step of result.steps.filter((s) => s.signing.failures.length > 0)) console.log(`  ${step.connections} connections, failures: ${step.signing.failures.join('; ')}`);
  const sustained = result.sustained ? `${result.sustained.signedPerSecond}/s at ${result.sustained.connections} connections (p99 ${result.sustained.p99Ms} ms)` : `none (no step had zero failures and p99 ≤ ${P99_LIMIT_MS} ms)`;
  console.log(`sustained signing: ${sustained}; best pgbench floor ${result.floorBest.transactionsPerSecond} tx/s; ratio ${result.ratio} (target ≥ ${TARGET_RATIO}: ${result.ratio >= TARGET_RATIO ? 'met' : 'MISSED'})`);
  console.log(
    `bare stack (the same document through @apollo/gateway → @apollo/subgraph answered with constants): ${result.bareStackBest.requestsPerSecond}/s at ` +
      `${result.bareStackBest.connections} connections = ${result.bareStackBest.ratio} of the floor — the most this stack reaches on this machine before any work`,
  );
  const bound = result.bareStackBest;
  console.log(
    `bare stack CPU: ${bound.cpuMsPerRequest} ms per request (both servers and the load generator); every core for it alone would answer at most ` +
      `${bound.cpuBoundPerSecond}/s = ${bound.cpuBoundRatio} of the floor, before the database, the events and every check of a real signature`,
  );
  console.log(`events: ${result.rows} signatures stored, ${result.events} distinct action.recorded ids read, ${result.lostEvents} lost (target 0: ${result.lostEvents === 0 ? 'met' : 'MISSED'}); ${result.failed} failed requests (target 0: ${result.failed === 0 ? 'met' : 'MISSED'})`);
  console.log(`saved ${saveResult('signing', { targetRatio: TARGET_RATIO, p99LimitMs: P99_LIMIT_MS, ...result })}`);
});
