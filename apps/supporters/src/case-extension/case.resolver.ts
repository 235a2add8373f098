import type { Resolvers } from '../__generated__/resolvers-types';
import { staffSection } from '../authorization';

/** The fields this subgraph adds to the cases subgraph's `Case`. */
export const caseExtensionResolvers: Resolvers = {
  Case: {
    __resolveReference: (reference) => ({ id: reference.id }),
    // Public: how many act for this person is what makes a case page encouraging.
    adopterCount: (reference, _args, context) => context.loaders.adopterCount.load(reference.id),
    adopters: (reference, _args, context) => context.adoptionQueries.activeOfCaseInSection(reference.id, staffSection(context.principal)),
  },
};
