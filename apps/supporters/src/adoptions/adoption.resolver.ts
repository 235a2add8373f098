import { validateInput } from '@plume/errors';
import type { AdoptionResolvers, Resolvers } from '../__generated__/resolvers-types';
import { mayReadAdoptionsOf, requirePersonalDataAccess, staffSection, websiteOrStaffSection } from '../authorization';
import type { SupportersContext } from '../context';
import { referenced } from '../referenced';
import type { AdoptionEntity } from './adoption.entity';
import { adoptCaseInput, adoptionId, recordKitStatusInput, switchCaseInput } from './adoption.input';

/** The section's website and staff see its adoptions; anyone else gets null, as for an unknown id. */
async function readableAdoption(id: string, context: SupportersContext): Promise<AdoptionEntity | null> {
  const adoption = await context.loaders.adoption.load(id);
  return adoption && mayReadAdoptionsOf(context.principal, adoption.sectionCode) ? adoption : null;
}

const adoptionFields: AdoptionResolvers = {
  __resolveReference: (reference, context) => readableAdoption(reference.id, context),
  supporter: async (adoption, _args, context) => {
    requirePersonalDataAccess(context.principal, adoption.sectionCode);
    return referenced(await context.loaders.supporter.load(adoption.supporterId), 'the supporter of an adoption');
  },
  case: (adoption) => ({ id: adoption.caseId }),
  kit: (adoption) => ({
    status: adoption.kitStatus,
    requestedAt: adoption.kitRequestedAt,
    shippedAt: adoption.kitShippedAt,
    deliveredAt: adoption.kitDeliveredAt,
    returnedAt: adoption.kitReturnedAt,
  }),
  feedbackRequests: (adoption, _args, context) => {
    if (staffSection(context.principal) !== adoption.sectionCode) return [];
    return context.loaders.feedbackRequestsOf.load(adoption.id);
  },
};

export const adoptionResolvers: Resolvers = {
  Query: {
    adoption: (_root, { id }, context) => readableAdoption(validateInput(adoptionId, id, 'id'), context),
  },
  Mutation: {
    adoptCase: (_root, { input }, context) => context.adoptionCommands.adopt(websiteOrStaffSection(context.principal), validateInput(adoptCaseInput, input)),
    endAdoption: (_root, { id }, context) => context.adoptionCommands.end(websiteOrStaffSection(context.principal), validateInput(adoptionId, id, 'id')),
    switchCase: (_root, { input }, context) => context.adoptionCommands.switchCase(websiteOrStaffSection(context.principal), validateInput(switchCaseInput, input)),
    recordKitStatus: (_root, { input }, context) => context.adoptionCommands.recordKitStatus(staffSection(context.principal), validateInput(recordKitStatusInput, input)),
  },
  Adoption: adoptionFields,
};
