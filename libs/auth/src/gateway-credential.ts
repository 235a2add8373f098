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
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
