import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

/** The machine is shared: how busy it was says how much the numbers can be trusted. */
export const machineLoad = () => `${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`;

/** Saves a run as `tools/bench/results/<name>-<time>.json` (git-ignored) and returns the file. */
export function saveResult(name: string, result: object): string {
  const directory = resolve(__dirname, '..', 'results');
  mkdirSync(directory, { recursive: true });
  const date = new Date().toISOString();
  const file = resolve(directory, `${name}-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date, machine: machineLoad(), ...result }, null, 2)}\n`);
  return file;
}
