import autocannon from 'autocannon';
import { SIGN_PETITION, signatureVariables, type SigningTarget } from './signing-target';

export interface SignatureLoadSettings {
  /** Who signs what: signatures go round-robin over the target's cases. */
  target: SigningTarget;
  connections: number;
  seconds: number;
  /** Makes every signer of the run distinct: `<prefix>.<n>@example.org`, idempotency key `<prefix>.<n>`. */
  signerPrefix: string;
  /** Called for every accepted signature, with its retraction token and when the answer came (epoch ms). */
  onSigned?(retractionToken: string, answeredAtMs: number): void;
}

export interface SignatureLoadLine {
  connections: number;
  /** Accepted signatures per second (the throughput that counts). */
  signedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  signed: number;
  /** Answers that were not an accepted signature (HTTP error, GraphQL error, 429), plus connection errors and timeouts. */
  failed: number;
  /** The first few failures, for the report. */
  failures: string[];
}

/** The retraction token of an accepted signature's answer, or why it is not one. */
export function signedToken(status: number, body: string): { token: string } | { failure: string } {
  try {
    const answer = JSON.parse(body) as { data?: { signPetition?: { accepted: boolean; retractionToken: string } }; errors?: { message: string; extensions?: { code?: string } }[] };
    const signed = answer.data?.signPetition;
    if (status === 200 && !answer.errors && signed?.accepted) return { token: signed.retractionToken };
    return { failure: `HTTP ${status} ${answer.errors?.map((error) => error.extensions?.code ?? error.message).join(', ') ?? 'not accepted'}` };
  } catch {
    return { failure: `HTTP ${status}, unreadable body` };
  }
}

/**
 * One-click signatures through the gateway with autocannon, each connection sending its next request
 * as soon as the previous one is answered (closed loop; paced-signatures.ts sends at a steady rate):
 * each request is another person (new email, new idempotency key), built by the request hook; each
 * answer is checked (an HTTP 200 carrying a GraphQL error is a failure, not a signature).
 */
export async function runSignatureLoad(settings: SignatureLoadSettings): Promise<SignatureLoadLine> {
  let n = 0;
  let signed = 0;
  let refused = 0;
  const failures: string[] = [];
  const result = await autocannon({
    url: settings.target.gatewayUrl,
    connections: settings.connections,
    duration: settings.seconds,
    timeout: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.target.token}` },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          n += 1;
          return { ...request, body: JSON.stringify({ query: SIGN_PETITION, variables: signatureVariables(settings.target, settings.signerPrefix, n) }) };
        },
        onResponse: (status, body) => {
          const outcome = signedToken(status, body);
          if ('token' in outcome) {
            signed += 1;
            settings.onSigned?.(outcome.token, Date.now());
          } else {
            refused += 1;
            if (failures.length < 5) failures.push(outcome.failure);
          }
        },
      },
    ],
  });
  return {
    connections: settings.connections,
    signedPerSecond: Math.round(signed / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    signed,
    failed: refused + result.errors, // errors include timeouts
    failures: result.errors > 0 ? [...failures, `${result.errors} connection errors (${result.timeouts} timeouts)`] : failures,
  };
}
