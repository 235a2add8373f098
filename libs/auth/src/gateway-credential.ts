import { createHash, timingSafeEqual } from 'node:crypto';

/** Header by which the gateway proves to a subgraph that a call came through it. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-plume-gateway-credential';

/** Constant-time comparison (of digests, so lengths leak nothing either). */
export function isValidGatewayCredential(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
