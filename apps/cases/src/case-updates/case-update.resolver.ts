import { requireRole } from '@plume/auth';
import { validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { publishCaseUpdateInput } from './case-update.input';

export const caseUpdateResolvers: Resolvers = {
  Mutation: {
    publishCaseUpdate: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.caseUpdates.publish(validateInput(publishCaseUpdateInput, input));
    },
  },
};
