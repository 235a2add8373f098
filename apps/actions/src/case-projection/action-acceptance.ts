import type { GraphQLError } from 'graphql';
import type { KnownCaseStatus } from '@plume/case-projection';
import { badUserInput, notFound } from '@plume/errors';

/** Who asks: the public side (section websites, questionnaire links) sees published cases only. */
export type Audience = 'public' | 'staff';

/**
 * ONLINE: done on a website right now (signatures, emails, tweets).
 * REPORTED: done earlier and reported afterwards (monthly questionnaire, staff records, imports).
 */
export type Channel = 'ONLINE' | 'REPORTED';

export interface CaseFacts {
  caseId: string;
  status: KnownCaseStatus;
  statusChangedOn: string | null;
  published: boolean;
}

export interface ActionRequest {
  caseId: string;
  audience: Audience;
  channel: Channel;
  occurredAt: Date;
  /** The argument path of the case id, for invalidFields (e.g. `entries.2.caseId`). */
  field: string;
}

/**
 * Whether a case takes an action — the decision written down in apps/actions/README.md:
 * - unknown cases (and, for the public, unpublished ones) are NOT_FOUND;
 * - ACTIVE cases take everything;
 * - RELEASED and CLOSED cases take no more online actions: a petition for someone already free, or for a
 *   case the movement closed, would mislead the signer;
 * - reports of work done while the case was open (letters of the month of the release, answered in the
 *   next month's questionnaire; a late import) are still counted — up to the end of the month in which
 *   the status changed. Later reports are refused: follow-up letters after a release need a campaign
 *   setting the cases subgraph does not have yet.
 * Returns the error to answer with, or null when the action is taken.
 */
export function refusalOf(facts: CaseFacts | null, request: ActionRequest): GraphQLError | null {
  if (!facts || (request.audience === 'public' && !facts.published)) return notFound('Case', request.caseId);
  if (facts.status === 'ACTIVE') return null;
  const ended = facts.status === 'RELEASED' ? 'was released' : 'was closed';
  const on = facts.statusChangedOn ? ` on ${facts.statusChangedOn}` : '';
  if (request.channel === 'ONLINE') {
    return badUserInput(`The case ${ended}${on}: it no longer takes online actions.`, [{ field: request.field, message: `the case ${ended}` }]);
  }
  const lastMonth = facts.statusChangedOn?.slice(0, 7);
  if (lastMonth && request.occurredAt.toISOString().slice(0, 7) <= lastMonth) return null;
  return badUserInput(`The case ${ended}${on}: it takes reports of actions done up to ${lastMonth ?? 'then'} only.`, [
    { field: request.field, message: `the case ${ended}; actions after ${lastMonth ?? 'that'} are not counted` },
  ]);
}
