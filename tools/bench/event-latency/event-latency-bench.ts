import { randomBytes } from 'node:crypto';
import { watchRecordedActions, type RecordedActionsWatch } from '../shared/action-events';
import { distribution, type Distribution } from '../shared/distribution';
import type { BenchPlatform } from '../shared/platform';
import { actionIdsOfTokens, outboxTimes, withActionsDatabase } from '../shared/signatures-database';
import { runPacedSignatures } from '../signing/paced-signatures';
import type { SignatureLoadLine } from '../signing/signature-load';
import { signingTarget, signOnce, type SigningTarget } from '../signing/signing-target';
import { brokerRoundTrip } from './broker-reference';
import { watchTally, type TallyWatch } from './tally-watch';

export interface EventLatencySettings {
  platform: BenchPlatform;
  /** Signatures per second asked for (open loop). */
  rate: number;
  seconds: number;
  /** Keep-alive connections to the gateway at most (enough for `rate` × the answer's latency). */
  connections: number;
  /** Runs at 80 % of the rate achieved when a run did not sustain the rate asked, up to this many runs. */
  attempts: number;
  caseSlug?: string;
  log?(line: string): void;
}

export interface LatencyAttempt {
  rateAsked: number;
  /** Accepted signatures per second. */
  rateAchieved: number;
  /** ≥ 95 % of the rate asked, and no failure. */
  sustained: boolean;
  signing: SignatureLoadLine;
  /** From a signature's answer to its `action.recorded` at a subscriber of plume.actions. */
  toSubscriber: Distribution;
  /** From a signature's answer to its row in the deliveries tally (what awaitingDelivery counts). */
  toTally: Distribution;
  /** Part of the path: from the signature's start (before its transaction) to the relay claiming its outbox row. */
  startToClaim: Distribution;
  /** The rest of it: from the relay's claim (sending, marking, committing) to the subscriber. */
  claimToSubscriber: Distribution;
  missingEvents: number;
  missingInTally: number;
}

export interface EventLatencyResult {
  cases: string[];
  attempts: LatencyAttempt[];
  /** The same subscriber reading events published straight to the broker at the last rate: no outbox, no relay. */
  brokerReference: Distribution;
}

const SUSTAINED_SHARE = 0.95;

/**
 * Issue 8's event latency: signatures through the gateway at a steady rate; for each accepted one, the
 * time from its answer to its `action.recorded` reaching a subscriber (subscribeToEvents, matched by
 * action id) and to its row in the deliveries tally. Each answer's retraction token gives its action id
 * (petition_request keeps the token's hash). Then the broker alone at the same rate, as reference.
 */
export async function eventLatencyBench(settings: EventLatencySettings): Promise<EventLatencyResult> {
  const log = settings.log ?? (() => undefined);
  const { platform } = settings;
  const run = `bench.${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const target = await signingTarget(platform, settings.caseSlug);
  const tally = await watchTally(platform.databaseUrls.deliveries);
  const watch = await watchRecordedActions(platform.kafka, `${run}.latency`, (actionId) => tally.expect(actionId));
  const attempts: LatencyAttempt[] = [];
  try {
    let probes = 0;
    await watch.untilLive(() => signOnce(target, `${run}.probe`, probes++));
    let rate = settings.rate;
    for (let attempt = 1; attempt <= settings.attempts; attempt++) {
      const result = await measureAt(settings, target, watch, tally, `${run}.r${attempt}`, rate);
      attempts.push(result);
      log(`  ${rate}/s asked, ${result.rateAchieved}/s signed: to a subscriber p50 ${result.toSubscriber.p50Ms} ms p99 ${result.toSubscriber.p99Ms} ms; to the tally p50 ${result.toTally.p50Ms} ms p99 ${result.toTally.p99Ms} ms`);
      if (result.sustained) break;
      rate = Math.max(1, Math.floor(result.rateAchieved * 0.8));
    }
  } finally {
    await watch.stop();
    await tally.stop();
  }
  const last = attempts[attempts.length - 1];
  const brokerReference = await brokerRoundTrip(platform.kafka, run, Math.max(1, last.rateAchieved), settings.seconds);
  log(`  broker alone at ${last.rateAchieved}/s: p50 ${brokerReference.p50Ms} ms p99 ${brokerReference.p99Ms} ms`);
  return { cases: target.cases.map((c) => c.slug), attempts, brokerReference };
}

async function measureAt(settings: EventLatencySettings, target: SigningTarget, watch: RecordedActionsWatch, tally: TallyWatch, signerPrefix: string, rate: number): Promise<LatencyAttempt> {
  const answeredAt = new Map<string, number>();
  const signing = await runPacedSignatures({ target, connections: settings.connections, seconds: settings.seconds, rate, signerPrefix, onSigned: (token, at) => answeredAt.set(token, at) });
  const actionOf = await withActionsDatabase(settings.platform.databaseUrls.actions, (client) => actionIdsOfTokens(client, [...answeredAt.keys()]));
  const missingEvents = await watch.waitForAll([...actionOf.values()]);
  const missingInTally = await tally.drain();
  const outbox = [...(await withActionsDatabase(settings.platform.databaseUrls.actions, (client) => outboxTimes(client, [...actionOf.values()])))];
  const arrivedAfterClaim = outbox.flatMap(([actionId, times]) => {
    const arrived = watch.arrivals.get(actionId);
    return arrived === undefined ? [] : [arrived - times.claimedAtMs];
  });
  const since = (arrivals: Map<string, number>) => [...answeredAt].flatMap(([token, at]) => {
    const arrived = arrivals.get(actionOf.get(token) ?? '');
    return arrived === undefined ? [] : [arrived - at];
  });
  return {
    rateAsked: rate,
    rateAchieved: signing.signedPerSecond,
    sustained: signing.failed === 0 && signing.signedPerSecond >= SUSTAINED_SHARE * rate,
    signing,
    toSubscriber: distribution(since(watch.arrivals)),
    toTally: distribution(since(tally.arrivals)),
    startToClaim: distribution(outbox.map(([, times]) => Math.round(times.claimedAtMs - times.occurredAtMs))),
    claimToSubscriber: distribution(arrivedAfterClaim.map(Math.round)),
    missingEvents: missingEvents.length,
    missingInTally: missingInTally.length,
  };
}
