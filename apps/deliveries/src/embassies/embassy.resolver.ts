import { requireRole, type Principal } from '@plume/auth';
import { forbidden, validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireInternalReader } from '../access';
import { sectionCountry } from '../section-country';
import { createEmbassyInput, embassyFilter, updateEmbassyInput } from './embassy.input';

export const embassyResolvers: Resolvers = {
  Query: {
    embassies: (_root, args, context) => context.embassies.list(validateInput(embassyFilter, args, 'arguments')),
    embassy: (_root, { id }, context) => context.embassies.find(id),
  },
  Mutation: {
    createEmbassy: (_root, { input }, context) => {
      requireRole(context.principal, 'admin', 'staff');
      const valid = validateInput(createEmbassyInput, input);
      requireDirectoryEditor(context.principal, valid.hostCountry);
      return context.embassies.create(valid);
    },
    updateEmbassy: (_root, { id, input }, context) => {
      requireRole(context.principal, 'admin', 'staff');
      return context.embassies.update(id, validateInput(updateEmbassyInput, input), (embassy) => requireDirectoryEditor(context.principal, embassy.hostCountry));
    },
  },
  Embassy: {
    __resolveReference: (reference, context) => context.loaders.embassy.load(reference.id),
    city: (embassy, { language }) => (language && embassy.cityNames[language.toLowerCase()]) || embassy.city,
    address: (embassy) => ({ street: embassy.street, postalCode: embassy.postalCode, city: embassy.city, country: embassy.hostCountry }),
    notes: (embassy, _args, context) => {
      requireInternalReader(context.principal);
      return embassy.notes;
    },
  },
};

/** Admins manage the whole directory; staff the embassies in their section's country. */
function requireDirectoryEditor(principal: Principal, hostCountry: string): void {
  if (principal.kind !== 'authenticated' || principal.role === 'admin') return;
  if (!principal.section || sectionCountry(principal.section) !== hostCountry) {
    throw forbidden(`Staff manage the embassies in their section's country only (this one is in ${hostCountry}).`);
  }
}
