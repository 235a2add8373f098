import { actsForSection, requireRole, requireSectionRole, type Principal } from '@plume/auth';
import { forbidden } from '@plume/errors';
import type { ConsentSource } from './consents/consent.entity';

/**
 * Who may do what in this subgraph (the gateway cannot enforce it: @apollo/gateway ignores the auth
 * directives). Personal data belongs to the section: only that section's staff read it.
 */

/** Section websites and staff register and adopt, for their own section. */
export function websiteOrStaffSection(principal: Principal): string {
  return requireSectionRole(principal, 'site', 'staff').section;
}

/** Managing supporters (search, update, kits, erasure) is the section staff's. */
export function staffSection(principal: Principal): string {
  return requireSectionRole(principal, 'staff').section;
}

/**
 * For reads of a supporter: UNAUTHENTICATED / FORBIDDEN for callers who may never read supporters, and
 * `false` for staff of another section, who are answered as if the supporter did not exist.
 */
export function mayReadSupportersOf(principal: Principal, section: string): boolean {
  requireRole(principal, 'staff');
  return actsForSection(principal, section, 'staff');
}

/** Guard of every personal field: whatever path led to a supporter, its data goes to its section's staff only. */
export function requirePersonalDataAccess(principal: Principal, section: string): void {
  if (!mayReadSupportersOf(principal, section)) throw forbidden('Personal data is visible to the staff of the supporter’s section only.');
}

/** Adoptions (no personal data) are visible to the website and staff of the section. */
export function mayReadAdoptionsOf(principal: Principal, section: string): boolean {
  requireRole(principal, 'site', 'staff');
  return actsForSection(principal, section, 'site', 'staff');
}

export function consentSourceOf(principal: Principal): ConsentSource {
  return principal.kind === 'authenticated' && principal.role === 'site' ? 'WEBSITE' : 'STAFF';
}
