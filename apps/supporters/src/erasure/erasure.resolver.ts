import { validateInput } from '@plume/errors';
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types';
import { staffSection } from '../authorization';

export const erasureResolvers: Resolvers = {
  Mutation: {
    eraseSupporter: (_root, { id }, context) => {
      const section = staffSection(context.principal);
      const erasedBy = context.principal.kind === 'authenticated' ? context.principal.subject : 'unknown';
      return context.erasure.erase(section, validateInput(z.uuid('must be a supporter id'), id, 'id'), erasedBy);
    },
  },
};
