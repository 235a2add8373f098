import { canSeeUnpublished, type Principal } from '@plume/auth';

/**
 * What a caller may read: the public (anonymous callers and section websites) sees published cases
 * and non-draft campaigns only; staff, analysts, admins and services see everything.
 */
export interface Visibility {
  includeUnpublished: boolean;
}

export function visibilityFor(principal: Principal): Visibility {
  return { includeUnpublished: canSeeUnpublished(principal) };
}
