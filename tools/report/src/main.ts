/**
 * The analysts' report command:
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/report/src/main.ts <report> [options]
 *
 * (`--tsconfig` gives tsx the workspace's `@plume/*` import paths.) `--help` lists the reports and options;
 * tools/report/README.md explains them.
 */
import { runReport } from './cli/run-report';

runReport({
  argv: process.argv.slice(2),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Something unexpected: the stack helps the maintainers; nothing in it carries the token.
    console.error(error);
    process.exitCode = 1;
  },
);
