import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childProcessEnvironment } from '@plume/config';
import { describePlatform, startBenchPlatform } from './support/bench-platform';
import type { Platform } from './support/platform';

const ROOT = resolve(__dirname, '../../..');

interface BenchRun {
  output: string;
  /** The JSON the benchmark saved in tools/bench/results (removed once read). */
  result: Record<string, unknown>;
}

/** Runs a benchmark command as a developer would, and reads the result it saved. */
function runBenchmark(script: string, args: string[], env: Record<string, string> = {}): Promise<BenchRun> {
  return new Promise((done, fail) => {
    execFile(
      resolve(ROOT, 'node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.base.json', `tools/bench/${script}`, ...args],
      { cwd: ROOT, env: childProcessEnvironment(env), timeout: 150_000, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`;
        const saved = /^saved (.+\.json)$/m.exec(stdout)?.[1];
        if (error || !saved) return fail(new Error(`${script} failed (${error?.message ?? 'saved nothing'}):\n${output.slice(-4000)}`));
        const result = JSON.parse(readFileSync(saved, 'utf8'));
        rmSync(saved);
        done({ output, result });
      },
    );
  });
}

const above = (n: number) => (value: unknown) => typeof value === 'number' && value > n;

/**
 * Issue 8's smoke runs: the benchmarks of tools/bench at a tiny load (1–2 s, 1–2 connections, a few
 * hundred rows) against a throw-away platform with the gateway's write limits raised, each as its
 * command runs — it must complete and save a well-formed result. Numbers are not judged here.
 */
describe('benchmarks at a tiny load', () => {
  let platform: Platform;
  let directory: string;
  let platformArgs: string[];

  beforeAll(async () => {
    platform = await startBenchPlatform('e2e_bench');
    directory = mkdtempSync(join(tmpdir(), 'plume-bench-'));
    const file = join(directory, 'platform.json');
    writeFileSync(file, JSON.stringify(describePlatform(platform)));
    platformArgs = ['--platform', file];
  }, 240_000);
  afterAll(async () => {
    await platform?.stop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  }, 60_000);

  it('case page read: the gateway (cached and not), Hive Gateway and the cases subgraph alone, side by side', async () => {
    const { result } = await runBenchmark('case-page-read.ts', [...platformArgs, '--seconds', '1', '--connections', '1', '--warmup', '0']);
    const lines = result.lines as { requestsPerSecond: number; errors: number; non2xx: number }[];
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(above(0)(line.requestsPerSecond)).toBe(true);
      expect(line.errors + line.non2xx).toBe(0);
    }
  }, 120_000);

  it('signing: signPetition against the pgbench floor and the bare stack, and no event lost', async () => {
    const { result } = await runBenchmark('signing.ts', [...platformArgs, '--seconds', '1', '--steps', '1,2', '--floor-database', `plume_bench_floor_smoke_${process.pid}`]);
    const steps = result.steps as { signing: { signedPerSecond: number }; floor: { transactionsPerSecond: number }; bareStack: { signedPerSecond: number; failed: number } }[];
    expect(steps.length).toBeGreaterThanOrEqual(1);
    for (const step of steps) {
      expect(above(0)(step.signing.signedPerSecond)).toBe(true);
      expect(above(0)(step.floor.transactionsPerSecond)).toBe(true);
      expect(above(0)(step.bareStack.signedPerSecond)).toBe(true);
      expect(step.bareStack.failed).toBe(0);
    }
    expect(above(0)(result.ratio)).toBe(true);
    expect(above(0)(result.rows)).toBe(true);
    expect(result.events).toBeGreaterThanOrEqual(result.rows as number);
    expect(result.lostEvents).toBe(0);
  }, 150_000);

  it('event latency: to a subscriber and to the deliveries tally, with the broker alone as reference', async () => {
    const { result } = await runBenchmark('event-latency.ts', [...platformArgs, '--rate', '10', '--seconds', '2', '--connections', '2', '--attempts', '1']);
    const [attempt] = result.attempts as { rateAchieved: number; toSubscriber: { samples: number; p99Ms: number }; toTally: { samples: number }; missingEvents: number }[];
    expect(above(0)(attempt.rateAchieved)).toBe(true);
    expect(above(0)(attempt.toSubscriber.samples)).toBe(true);
    expect(attempt.toTally.samples).toBe(attempt.toSubscriber.samples);
    expect(attempt.missingEvents).toBe(0);
    expect(above(0)((result.brokerReference as { samples: number }).samples)).toBe(true);
  }, 150_000);

  it('memory: the resident memory of each service, idle and under the case-page load', async () => {
    const { result } = await runBenchmark('memory.ts', [...platformArgs, '--idle-seconds', '1', '--seconds', '1', '--connections', '1']);
    const services = result.services as { service: string; idleMb: number; peakMb: Record<string, number> }[];
    expect(services.map((line) => line.service).sort()).toEqual(['actions', 'cases', 'deliveries', 'gateway', 'supporters']);
    for (const line of services) expect([line.idleMb, ...Object.values(line.peakMb)].every(above(0))).toBe(true);
    expect((result.loads as { requestsPerSecond: number }[]).every((load) => above(0)(load.requestsPerSecond))).toBe(true);
  }, 120_000);

  // The report benchmarks (issue 6). report-query.ts is not here: it calls the gateway of npm start (port 4000) only.
  it('report history: a few hundred actions written into the actions database, roll-ups rebuilt', async () => {
    const { result } = await runBenchmark('report-history.ts', ['--actions', '300'], { DATABASE_URL: platform.databaseUrl('actions') });
    expect(above(0)(result.actions)).toBe(true);
    expect(above(0)(result.insertPerSecond)).toBe(true);
  }, 120_000);

  it('roll-up throughput: a scratch actions service works through a small backlog', async () => {
    const env = { DATABASE_URL: platform.databaseUrl('actions'), KAFKA_BROKERS: platform.brokers.join(',') };
    const { result } = await runBenchmark('rollup-throughput.ts', ['--actions', '300', '--deadline', '120'], env);
    expect(above(0)(result.messages)).toBe(true);
    expect(above(0)(result.producerPerSecond)).toBe(true);
    expect(above(0)(result.caughtUpMs)).toBe(true);
    expect(result.check).toMatchObject({ same: true });
  }, 150_000);
});
