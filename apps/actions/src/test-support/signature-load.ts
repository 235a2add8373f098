import { randomUUID } from 'node:crypto';
import type { SubgraphCall } from '@plume/testing';
import { SITE_BE_FR } from './actions-test-service';

const SIGN = `mutation($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey) { accepted retractionToken }
}`;

/** One signPetition of the load: what was sent, when, and what came back. */
export interface SignatureAttempt {
  idempotencyKey: string;
  /** A made-up address, distinct per attempt (every attempt is another person). */
  email: string;
  startedAt: number;
  endedAt: number;
  /** HTTP status; 0 when no HTTP answer came (connection refused, unreadable body). */
  status: number;
  retractionToken?: string;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The raw body of a failed answer, to check it reveals nothing. */
  body?: string;
}

export const succeeded = (attempt: SignatureAttempt) => attempt.retractionToken !== undefined;

export interface SignatureLoad {
  attempts: SignatureAttempt[];
  /** Successful signatures whose request started at or after `since` (ms epoch). */
  successesSince(since: number): number;
  /** Stops the loops after their current request; resolves to every attempt. */
  stop(): Promise<SignatureAttempt[]>;
}

/** One signature as a section website sends it, recorded whatever happens. */
export async function signOnce(call: SubgraphCall, caseId: string, idempotencyKey: string, email: string): Promise<SignatureAttempt> {
  const startedAt = Date.now();
  const attempt: SignatureAttempt = { idempotencyKey, email, startedAt, endedAt: startedAt, status: 0 };
  try {
    const response = await call<{ signPetition: { accepted: boolean; retractionToken: string } }>(
      SIGN,
      { caseId, signer: { name: 'Signataire de charge', email, country: 'BE' }, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey },
      SITE_BE_FR,
    );
    attempt.status = response.status;
    if (response.errors || !response.data?.signPetition.accepted) {
      attempt.errors = response.errors ?? [];
      attempt.body = JSON.stringify(response);
    } else {
      attempt.retractionToken = response.data.signPetition.retractionToken;
    }
  } catch (error) {
    attempt.errors = [{ message: (error as Error).message }];
  }
  attempt.endedAt = Date.now();
  return attempt;
}

/**
 * A steady stream of one-click signatures on one case, each by another (made-up) person: `loops`
 * concurrent loops, each starting a request every `intervalMs` (or as soon as the previous one
 * answered, when it took longer). 4 loops every 200 ms: 20 signatures a second.
 */
export function startSignatureLoad(call: SubgraphCall, caseId: string, { loops = 4, intervalMs = 200 } = {}): SignatureLoad {
  const attempts: SignatureAttempt[] = [];
  const runId = randomUUID().slice(0, 8);
  let running = true;
  let count = 0;
  let wake: (() => void)[] = [];
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = wake.filter((w) => w !== done);
        resolve();
      }
      wake.push(done);
    });
  const loop = async () => {
    while (running) {
      const n = (count += 1);
      const attempt = await signOnce(call, caseId, randomUUID(), `load.${runId}.${n}@example.org`);
      attempts.push(attempt);
      const left = intervalMs - (attempt.endedAt - attempt.startedAt);
      if (running && left > 0) await pause(left);
    }
  };
  const loopsDone = Promise.all(Array.from({ length: loops }, loop));
  return {
    attempts,
    successesSince: (since) => attempts.filter((attempt) => attempt.startedAt >= since && succeeded(attempt)).length,
    async stop() {
      running = false;
      for (const w of [...wake]) w();
      await loopsDone;
      return attempts;
    },
  };
}
