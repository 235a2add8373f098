import { eventLatencyBench } from './event-latency/event-latency-bench';
import { numberOption, runBench, stringOption } from './shared/cli';
import { platformOption } from './shared/platform';
import { saveResult } from './shared/results';

/**
 * Benchmark 3 of issue 8: how long after a signature's answer its `action.recorded` reaches a
 * subscriber of plume.actions, and its row the deliveries tally, at `--rate` signatures per second
 * for `--seconds`; when the platform does not sustain the rate, again at 80 % of what it achieved
 * (up to `--attempts` runs). Reference in the same run: the same subscriber reading events published
 * straight to the broker at that rate. Needs a platform with the gateway's write limits raised (see
 * signing.ts).
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/event-latency.ts [--platform <file>] [--rate 500] [--seconds 20] [--connections 64] [--attempts 3] [--case <slug>]
 */
const TARGET_P50_MS = 100;
const TARGET_P99_MS = 500;

runBench(async () => {
  const result = await eventLatencyBench({
    platform: platformOption(),
    rate: numberOption('rate', 500),
    seconds: numberOption('seconds', 20),
    connections: numberOption('connections', 64),
    attempts: numberOption('attempts', 3),
    caseSlug: stringOption('case', '') || undefined,
    log: (line) => console.log(line),
  });
  const rows = result.attempts.flatMap((attempt) => [
    { line: `answer → subscriber of plume.actions`, 'rate asked': attempt.rateAsked, 'signed/s': attempt.rateAchieved, sustained: attempt.sustained ? 'yes' : 'NO', ...columns(attempt.toSubscriber), missing: attempt.missingEvents },
    { line: `answer → deliveries tally row`, 'rate asked': attempt.rateAsked, 'signed/s': attempt.rateAchieved, sustained: attempt.sustained ? 'yes' : 'NO', ...columns(attempt.toTally), missing: attempt.missingInTally },
    { line: `(signature start → relay claims its outbox row)`, 'rate asked': attempt.rateAsked, 'signed/s': attempt.rateAchieved, sustained: attempt.sustained ? 'yes' : 'NO', ...columns(attempt.startToClaim), missing: 0 },
    { line: `(relay claims the row → subscriber)`, 'rate asked': attempt.rateAsked, 'signed/s': attempt.rateAchieved, sustained: attempt.sustained ? 'yes' : 'NO', ...columns(attempt.claimToSubscriber), missing: 0 },
    { line: `(signPetition answer, from when it was due)`, 'rate asked': attempt.rateAsked, 'signed/s': attempt.rateAchieved, sustained: attempt.sustained ? 'yes' : 'NO', samples: attempt.signing.signed, 'p50 ms': attempt.signing.p50Ms, 'p99 ms': attempt.signing.p99Ms, 'max ms': attempt.signing.maxMs, missing: attempt.signing.failed },
  ]);
  const last = result.attempts[result.attempts.length - 1];
  rows.push({ line: 'reference: published straight to the broker → subscriber', 'rate asked': last.rateAchieved, 'signed/s': last.rateAchieved, sustained: '', ...columns(result.brokerReference), missing: 0 });
  console.log(`signing ${result.cases.join(', ')}`);
  console.table(rows);
  const verdict = (ms: number, target: number) => `${ms} ms (target < ${target}: ${ms < target ? 'met' : 'MISSED'})`;
  console.log(`at ${last.rateAchieved}/s${last.sustained ? '' : ' (rate not sustained)'}: to a subscriber p50 ${verdict(last.toSubscriber.p50Ms, TARGET_P50_MS)}, p99 ${verdict(last.toSubscriber.p99Ms, TARGET_P99_MS)}; to the tally p50 ${verdict(last.toTally.p50Ms, TARGET_P50_MS)}, p99 ${verdict(last.toTally.p99Ms, TARGET_P99_MS)}`);
  console.log(`saved ${saveResult('event-latency', { targetP50Ms: TARGET_P50_MS, targetP99Ms: TARGET_P99_MS, ...result })}`);
});

function columns(latency: { samples: number; p50Ms: number; p99Ms: number; maxMs: number }) {
  return { samples: latency.samples, 'p50 ms': latency.p50Ms, 'p99 ms': latency.p99Ms, 'max ms': latency.maxMs };
}
