import { Pool } from 'undici';
import { distribution } from '../shared/distribution';
import type { SignatureLoadLine } from './signature-load';
import { signedToken } from './signature-load';
import { SIGN_PETITION, signatureVariables, type SigningTarget } from './signing-target';

export interface PacedSignaturesSettings {
  target: SigningTarget;
  /** Signatures per second, evenly spaced (open loop: a slow answer does not delay the next request). */
  rate: number;
  seconds: number;
  /** Keep-alive connections to the gateway at most; requests beyond wait for one (and that wait counts). */
  connections: number;
  signerPrefix: string;
  onSigned?(retractionToken: string, answeredAtMs: number): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Signatures at a steady rate: request n is due at start + n / rate, sent then whatever is still in
 * flight, and timed from when it was due — so queueing anywhere, this client's connection pool
 * included, is in the latency. (autocannon's `overallRate` is not that: each connection sends its
 * quota back to back at the start of every second.) The rate achieved counts accepted signatures from
 * the first request to the last answer.
 */
export async function runPacedSignatures(settings: PacedSignaturesSettings): Promise<SignatureLoadLine> {
  const url = new URL(settings.target.gatewayUrl);
  const pool = new Pool(url.origin, { connections: settings.connections, pipelining: 1 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${settings.target.token}` };
  const latencies: number[] = [];
  const failures: string[] = [];
  let failed = 0;

  const signOne = async (n: number, due: number) => {
    let outcome: ReturnType<typeof signedToken>;
    try {
      const body = JSON.stringify({ query: SIGN_PETITION, variables: signatureVariables(settings.target, settings.signerPrefix, n) });
      const response = await pool.request({ path: url.pathname, method: 'POST', headers, body });
      outcome = signedToken(response.statusCode, await response.body.text());
    } catch (error) {
      outcome = { failure: (error as Error).message };
    }
    if ('token' in outcome) {
      latencies.push(performance.now() - due);
      settings.onSigned?.(outcome.token, Date.now());
    } else {
      failed += 1;
      if (failures.length < 5) failures.push(outcome.failure);
    }
  };

  const started = performance.now();
  const requests: Promise<void>[] = [];
  try {
    for (let n = 0; n < Math.round(settings.rate * settings.seconds); n++) {
      const due = started + (n * 1000) / settings.rate;
      const wait = due - performance.now();
      if (wait >= 1) await sleep(wait);
      requests.push(signOne(n, due));
    }
    await Promise.all(requests);
  } finally {
    await pool.close();
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  const answered = distribution(latencies.map(Math.round));
  return {
    connections: settings.connections,
    signedPerSecond: Math.round(latencies.length / Math.max(elapsedSeconds, settings.seconds)),
    p50Ms: answered.p50Ms,
    p99Ms: answered.p99Ms,
    maxMs: answered.maxMs,
    signed: latencies.length,
    failed,
    failures,
  };
}
