import { writeFileSync } from 'node:fs';
import { numberOption, runBench } from './shared/cli';
import { pidListeningOn } from './shared/processes';
import { saveResult } from './shared/results';
import { summarise, type CpuProfile } from './profile/cpu-profile';
import { openInspector } from './profile/inspector-session';

/**
 * Where a running service spends its CPU: samples it for a while (V8's sampling profiler through the
 * inspector, opened with SIGUSR1 — no restart), saves the `.cpuprofile` (open it in Chrome DevTools or
 * speedscope) and prints self time by function and by package. Run it while a benchmark loads the
 * platform, e.g. the actions service of a bench platform during `signing.ts`:
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/profile.ts --port <service port> [--seconds 10] [--top 25]
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/profile.ts --pid <pid> ...
 */
runBench(async () => {
  const port = numberOption('port', 0);
  const pid = numberOption('pid', 0) || (port ? pidListeningOn(port) : 0);
  if (!pid) throw new Error('give --port <a service port> or --pid <process id>');
  const seconds = numberOption('seconds', 10);
  const inspector = await openInspector(pid);
  try {
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.send('Profiler.start');
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const { profile } = await inspector.send<{ profile: CpuProfile }>('Profiler.stop');
    const summary = summarise(profile, numberOption('top', 25));
    const file = saveResult(`profile-${pid}`, { pid, seconds, idlePercent: summary.idlePercent, byPackage: summary.byPackage, byFunction: summary.byFunction });
    writeFileSync(file.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
    console.log(`process ${pid}, ${seconds} s, idle ${summary.idlePercent} % of samples`);
    console.table(summary.byPackage);
    console.table(summary.byFunction);
    console.log(`saved ${file} and its .cpuprofile`);
  } finally {
    // Leaves the process as it was: the inspector port closes again.
    await inspector.send('Runtime.evaluate', { expression: "require('inspector').close()", includeCommandLineAPI: true }).catch(() => undefined);
    inspector.close();
  }
});
