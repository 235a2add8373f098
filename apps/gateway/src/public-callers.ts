import type { Principal } from '@plume/auth';

/**
 * Public traffic — anonymous callers and section websites — is where floods and probing come from: it
 * may run only trusted documents, and its writes are rate limited. Staff, analysts, admins and services
 * are identified people and tools working for the movement.
 */
export function isPublicCaller(principal: Principal): boolean {
  return principal.kind === 'anonymous' || principal.role === 'site';
}
