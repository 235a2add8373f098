import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { watchRecordedActions } from '../shared/action-events';
import type { BenchPlatform } from '../shared/platform';
import { actionIdsOfSigners, outboxDrained, withActionsDatabase } from '../shared/signatures-database';
import { startBareStack, type BareStack } from './bare-stack';
import { platformProcesses, startCpuMeter, type CpuUse } from './cpu-meter';
import { createFloorDatabase, type FloorLine } from './pgbench-floor';
import { runSignatureLoad, type SignatureLoadLine } from './signature-load';
import { signingTarget, signOnce, type SigningTarget } from './signing-target';

export interface SigningBenchSettings {
  platform: BenchPlatform;
  /** Connections of each step, in order; the bench stops after the first step with a failure or a p99 over `p99LimitMs`. */
  steps: number[];
  /** Length of each step, for signing and for pgbench alike. */
  seconds: number;
  p99LimitMs: number;
  /** The scratch database of the pgbench floor (dropped at the end). */
  floorDatabase: string;
  /** Sign only this case (default: every published active case, round-robin). */
  caseSlug?: string;
  log?(line: string): void;
}

export interface SigningStep {
  connections: number;
  signing: SignatureLoadLine;
  /** Where the CPU went while signing. */
  cpu: CpuUse;
  floor: FloorLine;
  /** Signing throughput over the pgbench floor's at the same client count. */
  ratio: number;
  /** The same document, same connections, through the bare stack (answered with constants): the stack's own ceiling. */
  bareStack: SignatureLoadLine;
  bareStackCpu: CpuUse;
  /** The bare stack's throughput over the pgbench floor's: what no signing through this stack can pass on this machine. */
  bareStackRatio: number;
}

export interface SigningBenchResult {
  section: string;
  cases: string[];
  seconds: number;
  steps: SigningStep[];
  /** The best step with no failure and p99 within the limit; null when even the first step failed. */
  sustained: { connections: number; signedPerSecond: number; p99Ms: number } | null;
  /** The best pgbench floor of the run. */
  floorBest: { clients: number; transactionsPerSecond: number };
  /** Sustained signing over the best floor (issue 8's target: 0.30 or more). */
  ratio: number;
  /**
   * The bare stack's best throughput, and over the best floor; with the CPU its request cost (both its
   * servers and the load generator), the most it could answer if every core worked for it alone (its
   * gateway run as a cluster, nothing else on the machine), and that over the best floor too.
   */
  bareStackBest: { connections: number; requestsPerSecond: number; ratio: number; cpuMsPerRequest: number; cpuBoundPerSecond: number; cpuBoundRatio: number };
  failed: number;
  /** Signatures of the run stored in the actions database (probes included). */
  rows: number;
  /** Distinct `ce_id`s of `action.recorded` read from plume.actions for those signatures. */
  events: number;
  /** Stored signatures whose `action.recorded` never reached the subscriber. */
  lostEvents: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Issue 8's signing benchmark: one-click signatures through the gateway at rising concurrency, each
 * step followed by pgbench at the same client count writing the floor (one business row and one
 * outbox row per transaction) into the same PostgreSQL, and by the same load through the bare stack
 * (the fixed stack answering with constants: its ceiling on this machine); afterwards, every stored
 * signature must have its `action.recorded` on the topic (a subscriber ran throughout).
 */
export async function signingBench(settings: SigningBenchSettings): Promise<SigningBenchResult> {
  const log = settings.log ?? (() => undefined);
  const { platform } = settings;
  const run = `bench.${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const target = await signingTarget(platform, settings.caseSlug);
  const bare = await startBareStack();
  const watch = await watchRecordedActions(platform.kafka, `${run}.signing`).catch(async (error: unknown) => {
    await bare.stop();
    throw error;
  });
  try {
    await warmUp(bare, target, `${run}.warm`);
    let probes = 0;
    await watch.untilLive(() => signOnce(target, `${run}.probe`, probes++));
    const floor = await createFloorDatabase(platform.databaseUrls.actions, settings.floorDatabase);
    const steps: SigningStep[] = [];
    try {
      for (const connections of settings.steps) {
        const meter = await startCpuMeter(platformProcesses(platform), { label: 'actions database (PostgreSQL)', url: platform.databaseUrls.actions });
        const signing = await runSignatureLoad({ target, connections, seconds: settings.seconds, signerPrefix: `${run}.c${connections}` });
        const cpu = await meter.stop(signing.signed);
        // The relay catches up before the references run, so that they are not measured beside a backlog.
        await withActionsDatabase(platform.databaseUrls.actions, (client) => outboxDrained(client));
        const reference = await runBareStack(bare, target, connections, settings.seconds, `${run}.bare${connections}`);
        const floorLine = await floor.run(connections, settings.seconds);
        const step: SigningStep = {
          connections,
          signing,
          cpu,
          floor: floorLine,
          ratio: round2(signing.signedPerSecond / floorLine.transactionsPerSecond),
          bareStack: reference.load,
          bareStackCpu: reference.cpu,
          bareStackRatio: round2(reference.load.signedPerSecond / floorLine.transactionsPerSecond),
        };
        steps.push(step);
        log(
          `  ${connections} connections: signing ${signing.signedPerSecond}/s (p99 ${signing.p99Ms} ms, ${signing.failed} failed), ` +
            `bare stack ${reference.load.signedPerSecond}/s, pgbench floor ${floorLine.transactionsPerSecond} tx/s`,
        );
        if (signing.failed > 0 || signing.p99Ms > settings.p99LimitMs) break;
      }
    } finally {
      await floor.drop();
    }
    const stored = await withActionsDatabase(platform.databaseUrls.actions, (client) => actionIdsOfSigners(client, run));
    const lost = await watch.waitForAll(stored);
    const events = stored.reduce((sum, id) => sum + (watch.eventIds.get(id)?.size ?? 0), 0);
    return summarize(settings, target.section, target.cases.map((c) => c.slug), steps, { rows: stored.length, events, lostEvents: lost.length });
  } finally {
    await bare.stop();
    await watch.stop();
  }
}

/**
 * The platform's services have answered many requests by the time a step runs; the bare stack just
 * started. A short unmeasured load lets V8 compile its hot paths first, so the first step compares like
 * with like.
 */
async function warmUp(bare: BareStack, target: SigningTarget, signerPrefix: string): Promise<void> {
  await runSignatureLoad({ target: { ...target, gatewayUrl: bare.gatewayUrl }, connections: 8, seconds: 2, signerPrefix });
}

/** The reference load through the bare stack: the same document and connections, its CPU by process. */
async function runBareStack(bare: BareStack, target: SigningTarget, connections: number, seconds: number, signerPrefix: string): Promise<{ load: SignatureLoadLine; cpu: CpuUse }> {
  const meter = await startCpuMeter(Object.entries(bare.pids).map(([name, pid]) => ({ name, pids: [pid] })));
  const load = await runSignatureLoad({ target: { ...target, gatewayUrl: bare.gatewayUrl }, connections, seconds, signerPrefix });
  return { load, cpu: await meter.stop(load.signed) };
}

function summarize(settings: SigningBenchSettings, section: string, cases: string[], steps: SigningStep[], events: Pick<SigningBenchResult, 'rows' | 'events' | 'lostEvents'>): SigningBenchResult {
  const good = steps.filter((step) => step.signing.failed === 0 && step.signing.p99Ms <= settings.p99LimitMs);
  const best = good.reduce<SigningStep | null>((top, step) => (!top || step.signing.signedPerSecond > top.signing.signedPerSecond ? step : top), null);
  const floorBest = steps.reduce((top, step) => (step.floor.transactionsPerSecond > top.transactionsPerSecond ? step.floor : top), steps[0].floor);
  const bareBest = steps.reduce((top, step) => (step.bareStack.signedPerSecond > top.bareStack.signedPerSecond ? step : top), steps[0]);
  // From the CPU seconds (per-request lines are rounded to 0.1 ms each, which their sum would add up).
  const bareCpuSeconds = Object.values(bareBest.bareStackCpu.seconds).reduce((sum, seconds) => sum + seconds, 0);
  const bareCpuMs = bareBest.bareStack.signed > 0 ? (bareCpuSeconds * 1000) / bareBest.bareStack.signed : 0;
  const cpuBoundPerSecond = bareCpuMs > 0 ? Math.round((availableParallelism() * 1000) / bareCpuMs) : 0;
  return {
    section,
    cases,
    seconds: settings.seconds,
    steps,
    sustained: best && { connections: best.connections, signedPerSecond: best.signing.signedPerSecond, p99Ms: best.signing.p99Ms },
    floorBest: { clients: floorBest.clients, transactionsPerSecond: floorBest.transactionsPerSecond },
    ratio: best ? round2(best.signing.signedPerSecond / floorBest.transactionsPerSecond) : 0,
    bareStackBest: {
      connections: bareBest.connections,
      requestsPerSecond: bareBest.bareStack.signedPerSecond,
      ratio: round2(bareBest.bareStack.signedPerSecond / floorBest.transactionsPerSecond),
      cpuMsPerRequest: round2(bareCpuMs),
      cpuBoundPerSecond,
      cpuBoundRatio: round2(cpuBoundPerSecond / floorBest.transactionsPerSecond),
    },
    failed: steps.reduce((sum, step) => sum + step.signing.failed, 0),
    ...events,
  };
}
