import { forbidden, unauthenticated } from '@plume/errors';
import type { Principal, Role } from './principal';

export type AuthenticatedPrincipal = Extract<Principal, { kind: 'authenticated' }>;

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for other roles. */
export function requireRole(principal: Principal, ...roles: Role[]): AuthenticatedPrincipal {
  if (principal.kind === 'anonymous') {
    throw unauthenticated(`This operation needs an access token with one of the roles: ${roles.join(', ')}.`);
  }
  if (!roles.includes(principal.role)) {
    throw forbidden(`This operation needs one of the roles: ${roles.join(', ')}.`);
  }
  return principal;
}

/** Staff-like roles may see unpublished content (drafts being prepared, internal notes). */
export function canSeeUnpublished(principal: Principal): boolean {
  return principal.kind === 'authenticated' && ['staff', 'analyst', 'admin', 'service'].includes(principal.role);
}

type SectionPrincipal = AuthenticatedPrincipal & { section: string };

/**
 * For operations done on behalf of a section (a section website, the section's staff): the caller must
 * hold one of `roles` and carry a section. Returns the caller, whose `section` scopes everything it does.
 */
export function requireSectionRole(principal: Principal, ...roles: Role[]): SectionPrincipal {
  const caller = requireRole(principal, ...roles);
  if (!caller.section) throw forbidden('This operation needs an access token issued for a section.');
  return caller as SectionPrincipal;
}

/** True when the caller holds one of `roles` for exactly this section (e.g. staff reading their own supporters). */
export function actsForSection(principal: Principal, section: string, ...roles: Role[]): boolean {
  return principal.kind === 'authenticated' && roles.includes(principal.role) && principal.section === section;
}
