/**
 * `npx tsx tools/actions-tail/tail.ts [--type …] [--case …] [--section …] [--from-beginning] [--max n]`
 *
 * A plain `npx tsx` from the repository root does not know the workspace's `@plume/*` import paths
 * (they live in tsconfig.base.json, and tsx only looks for a tsconfig.json). This entry point runs the
 * real command (tail-cli.ts) under tsx with `--tsconfig tsconfig.base.json`: the loader is told on its
 * command line, so no environment variable is set here (configuration stays in @plume/config).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const child = spawn(
  process.execPath,
  [require.resolve('tsx/cli'), '--tsconfig', resolve(__dirname, '../../tsconfig.base.json'), resolve(__dirname, 'tail-cli.ts'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// Ctrl-C in a terminal reaches both processes; a signal sent to this one alone (a test's timeout) is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
