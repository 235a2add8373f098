import { actsForSection, canSeeUnpublished, requireRole, type Principal } from '@plume/auth';
import { forbidden } from '@plume/errors';

/**
 * Who may read what of a delivery. Public: when, where, what was handed over and the status. Staff,
 * analysts and admins: also who received it (title), the evidence and the embassy's internal notes.
 * Staff of the delivery's section only: internal notes, reasons, the official's name, who delivered, the
 * petition list. Every resolver and `__resolveReference` goes through these functions.
 */

/** Staff (any section), analysts, admins and internal services. */
export function requireInternalReader(principal: Principal): void {
  requireRole(principal, 'staff', 'analyst', 'admin', 'service');
}

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for anyone but staff of `section`. */
export function requireSectionStaff(principal: Principal, section: string): void {
  requireRole(principal, 'staff');
  if (!actsForSection(principal, section, 'staff')) throw forbidden(`Only staff of section ${section} may read or change this.`);
}

/** The public sees the deliveries of published cases only, like the case itself. */
export function canSeeDeliveriesOf(principal: Principal, knownCase: { published: boolean } | null): boolean {
  return canSeeUnpublished(principal) || Boolean(knownCase?.published);
}
