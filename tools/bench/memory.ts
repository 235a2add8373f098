import { memoryBench } from './memory/memory-bench';
import { numberOption, runBench } from './shared/cli';
import { platformOption } from './shared/platform';
import { saveResult } from './shared/results';

/**
 * Benchmark 4 of issue 8: resident memory (VmRSS) of each service, idle and under the case-page read
 * load (autocannon through the gateway, as case-page-read.ts sends it). Target: each under 200 MB —
 * judged on a service's largest process (a gateway run as cluster workers shows its total too).
 * Needs `npm start` running (or `--platform <file>`); reads /proc, so it runs on the same machine.
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/memory.ts [--platform <file>] [--idle-seconds 5] [--seconds 20] [--connections 32]
 */
const TARGET_MB = 200;

runBench(async () => {
  const seconds = numberOption('seconds', 20);
  const connections = numberOption('connections', 32);
  const result = await memoryBench({ platform: platformOption(), idleSeconds: numberOption('idle-seconds', 5), seconds, connections });
  console.table(
    result.services.map((line) => ({
      service: line.service,
      processes: line.pids.length,
      'idle MB': line.idleMb,
      'peak MB under load': line.peakMb,
      'MB at the end': line.endMb,
      'peak MB, all its processes': line.peakTotalMb,
      [`< ${TARGET_MB} MB`]: line.peakMb < TARGET_MB ? 'yes' : 'MISSED',
    })),
  );
  console.log(`load: case page through the gateway, ${connections} connections for ${seconds} s: ${result.load.requestsPerSecond} req/s, p99 ${result.load.p99Ms} ms, ${result.load.errors + result.load.non2xx} errors`);
  const missed = result.services.filter((line) => line.peakMb >= TARGET_MB);
  console.log(missed.length === 0 ? `every service under ${TARGET_MB} MB` : `over ${TARGET_MB} MB: ${missed.map((line) => `${line.service} ${line.peakMb} MB`).join(', ')}`);
  console.log(`saved ${saveResult('memory', { targetMb: TARGET_MB, seconds, connections, ...result })}`);
});
