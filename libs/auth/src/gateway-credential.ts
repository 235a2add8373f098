import { createHash, timingSafeEqual } from 'node:crypto';

/** Header by which the gateway proves to a subgraph that a call came through it. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-plume-gateway-credential';

/**
 * Header by which the gateway tells a subgraph the caller's network address (abuse control: bulk
 * invalidation by address block). Trusted only on calls that carry the gateway credential.
 */
export const CLIENT_ADDRESS_HEADER = 'x-plume-client-address';

/** Constant-time comparison (of digests, so lengths leak nothing either). */
export function isValidGatewayCredential(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  return timingSafeEqual(sha256(presented), expectedDigest(expected));
}

/**
 * The expected credential is configuration, the same on every request: its digest is computed once (it
 * showed in the signing profile). The presented value is still hashed and compared in full each time; a
 * cache of accepted header values would compare the secret with `===`, which is not constant-time.
 */
let expectedCache: { credential: string; digest: Buffer } | undefined;

function expectedDigest(credential: string): Buffer {
  if (expectedCache?.credential !== credential) expectedCache = { credential, digest: sha256(credential) };
  return expectedCache.digest;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();
