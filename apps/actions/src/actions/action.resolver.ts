import { hasRole, requireRole, requireSectionRole, type Principal } from '@plume/auth';
import { validateInput, isUuid } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { referenceTo } from '../entity-reference';
import type { ActionEntity } from './action.entity';
import { reviewActionArguments, staffActionInput, websiteActionInput } from './action.input';

/** Staff see their own section's actions; analysts, admins and services see all (actions hold no personal data). */
function visibleTo(principal: Principal, action: ActionEntity | null): ActionEntity | null {
  if (!action) return null;
  const caller = requireRole(principal, 'staff', 'analyst', 'admin', 'service');
  return caller.role !== 'staff' || caller.section === action.section ? action : null;
}

export const actionResolvers: Resolvers = {
  Query: {
    action: async (_root, { id }, context) => {
      requireRole(context.principal, 'staff', 'analyst', 'admin', 'service');
      return isUuid(id) ? visibleTo(context.principal, await context.actions.find(id)) : null;
    },
  },
  Mutation: {
    recordAction: async (_root, { input, humanCheckToken }, context) => {
      const caller = requireSectionRole(context.principal, 'site', 'staff');
      const website = hasRole(context.principal, 'site');
      const parsed = validateInput(website ? websiteActionInput : staffActionInput, input);
      // Actions sent from the public website face the section's captcha, where it asks for one.
      if (website) await context.humanCheck.verify(caller.section, humanCheckToken, context.clientAddress);
      const action = await context.actions.record({ kind: website ? 'website' : 'staff', section: caller.section, subject: caller.subject }, parsed);
      context.loaders.stats.clearAll();
      return action;
    },
    reviewAction: async (_root, args, context) => {
      const staff = requireSectionRole(context.principal, 'staff');
      const { id, decision } = validateInput(reviewActionArguments, args, '');
      const action = await context.actions.review(staff.section, id, decision);
      context.loaders.stats.clearAll();
      return action;
    },
  },
  Action: {
    __resolveReference: async (reference, context) => (isUuid(reference.id) ? visibleTo(context.principal, await context.actions.find(reference.id)) : null),
    case: (action) => referenceTo(action.caseId),
    campaign: (action) => (action.campaignId ? referenceTo(action.campaignId) : null),
    supporter: (action) => (action.supporterId ? referenceTo(action.supporterId) : null),
  },
};
