import { memoryBench } from './memory/memory-bench';
import { numberOption, runBench } from './shared/cli';
import { platformOption } from './shared/platform';
import { saveResult } from './shared/results';

/**
 * Benchmark 4 of issue 8: resident memory (VmRSS) of each service, idle and under the case-page read
 * load (autocannon through the gateway, as case-page-read.ts sends it: anonymous, then as staff, whose
 * reads the gateway never caches). Target: each under 200 MB — judged on a service's largest process
 * (a gateway run as cluster workers shows its total too). Needs `npm start` running (or
 * `--platform <file>`); reads /proc, so it runs on the platform's machine.
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/memory.ts [--platform <file>] [--idle-seconds 5] [--seconds 20] [--connections 32]
 */
const TARGET_MB = 200;

runBench(async () => {
  const seconds = numberOption('seconds', 20);
  const connections = numberOption('connections', 32);
  const result = await memoryBench({ platform: platformOption(), idleSeconds: numberOption('idle-seconds', 5), seconds, connections });
  const peak = (line: { peakMb: Record<string, number> }) => Math.max(...Object.values(line.peakMb));
  console.table(
    result.services.map((line) => ({
      service: line.service,
      processes: line.pids.length,
      'idle MB': line.idleMb,
      ...Object.fromEntries(Object.entries(line.peakMb).map(([load, mb]) => [`peak MB: ${load}`, mb])),
      'MB at the end': line.endMb,
      'peak MB, all its processes': line.peakTotalMb,
      [`< ${TARGET_MB} MB`]: peak(line) < TARGET_MB ? 'yes' : 'MISSED',
    })),
  );
  for (const load of result.loads) console.log(`load: ${load.name}, ${connections} connections for ${seconds} s: ${load.requestsPerSecond} req/s, p99 ${load.p99Ms} ms, ${load.errors + load.non2xx} errors`);
  const missed = result.services.filter((line) => peak(line) >= TARGET_MB);
  console.log(missed.length === 0 ? `every service under ${TARGET_MB} MB` : `over ${TARGET_MB} MB: ${missed.map((line) => `${line.service} ${peak(line)} MB`).join(', ')}`);
  console.log(`saved ${saveResult('memory', { targetMb: TARGET_MB, seconds, connections, ...result })}`);
});
