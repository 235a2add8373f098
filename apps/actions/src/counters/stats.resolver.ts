import { requireRole } from '@plume/auth';
import { validateInput, isUuid } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { referenceTo } from '../entity-reference';
import { sectionCode } from '../section-code';
import { ALL_SECTIONS } from './action-total.entity';

const sectionArgument = (section: string | null | undefined) => (section ? validateInput(sectionCode, section, 'section') : ALL_SECTIONS);

/** The counters this subgraph adds to cases, campaigns (public) and supporters (staff of their section and analysts). */
export const statsResolvers: Resolvers = {
  Case: {
    __resolveReference: (reference) => (isUuid(reference.id) ? referenceTo(reference.id) : null),
    actionStats: (entity, { section }, context) => context.loaders.stats.load({ kind: 'CASE', id: entity.id, section: sectionArgument(section) }),
  },
  Campaign: {
    __resolveReference: (reference) => (isUuid(reference.id) ? referenceTo(reference.id) : null),
    actionStats: (entity, { section }, context) => context.loaders.stats.load({ kind: 'CAMPAIGN', id: entity.id, section: sectionArgument(section) }),
  },
  Supporter: {
    __resolveReference: (reference) => (isUuid(reference.id) ? referenceTo(reference.id) : null),
    actionStats: (entity, _args, context) => {
      const caller = requireRole(context.principal, 'staff', 'analyst', 'admin', 'service');
      // Staff see what their own section counted for the supporter: nothing for another section's supporter.
      return context.loaders.stats.load({ kind: 'SUPPORTER', id: entity.id, section: caller.role === 'staff' ? caller.section : null });
    },
  },
};
