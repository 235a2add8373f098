import { actsForSection, requireRole } from '@plume/auth';
import { forbidden, validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { saveSectionInput, sectionCode } from './section.input';

export const sectionResolvers: Resolvers = {
  Query: {
    sections: (_root, _args, context) => context.sections.list(),
    section: (_root, { code }, context) => context.sections.find(validateInput(sectionCode, code, 'code')),
  },
  Mutation: {
    saveSection: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.sections.save(validateInput(saveSectionInput, input));
    },
  },
  Section: {
    __resolveReference: (reference, context) => context.loaders.section.load(reference.code),
    supporterCount: (section, _args, context) => {
      // A count is not personal data: analysts and admins see every section's, staff their own.
      const caller = requireRole(context.principal, 'staff', 'analyst', 'admin');
      if (caller.role === 'staff' && !actsForSection(caller, section.code, 'staff')) throw forbidden('Staff see the count of their own section only.');
      return context.loaders.supporterCount.load(section.code);
    },
  },
};
