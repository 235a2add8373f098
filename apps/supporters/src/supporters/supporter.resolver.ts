import { validateInput } from '@plume/errors';
import { pageArguments } from '@plume/pagination';
import { z } from 'zod';
import type { Resolvers, SupporterResolvers } from '../__generated__/resolvers-types';
import { recordConsentsInput } from '../consents/consent.input';
import { consentSourceOf, mayReadSupportersOf, requirePersonalDataAccess, staffSection, websiteOrStaffSection } from '../authorization';
import type { SupportersContext } from '../context';
import { referenced } from '../referenced';
import type { SupporterEntity } from './supporter.entity';
import { registerSupporterInput, supporterFilter, updateSupporterInput } from './supporter.input';

const supporterId = z.uuid('must be a supporter id');

/** A personal field: its value for the staff of the supporter's section, FORBIDDEN for anyone else. */
const personal =
  <Value>(read: (supporter: SupporterEntity, context: SupportersContext) => Value) =>
  (supporter: SupporterEntity, _args: unknown, context: SupportersContext): Value => {
    requirePersonalDataAccess(context.principal, supporter.sectionCode);
    return read(supporter, context);
  };

/** Staff of the supporter's section get it; staff of another section get null, as for an unknown id. */
async function readableSupporter(id: string, context: SupportersContext): Promise<SupporterEntity | null> {
  const supporter = await context.loaders.supporter.load(id);
  return supporter && mayReadSupportersOf(context.principal, supporter.sectionCode) ? supporter : null;
}

const supporterFields: SupporterResolvers = {
  __resolveReference: (reference, context) => readableSupporter(reference.id, context),
  section: async (supporter, _args, context) => referenced(await context.loaders.section.load(supporter.sectionCode), 'the section of a supporter'),
  givenName: personal((s) => s.givenName),
  familyName: personal((s) => s.familyName),
  email: personal((s) => s.email),
  phone: personal((s) => s.phone),
  postalAddress: personal((s) =>
    s.street && s.locality && s.addressCountry ? { street: s.street, postalCode: s.postalCode, locality: s.locality, country: s.addressCountry } : null,
  ),
  consents: personal((s, context) => context.loaders.consentsOf.load(s.id)),
  adoptions: async (supporter, { status }, context) => {
    requirePersonalDataAccess(context.principal, supporter.sectionCode);
    return context.adoptionQueries.filterByStatus(await context.loaders.adoptionsOf.load(supporter.id), status);
  },
};

export const supporterResolvers: Resolvers = {
  Query: {
    supporter: (_root, { id }, context) => {
      staffSection(context.principal);
      return readableSupporter(validateInput(supporterId, id, 'id'), context);
    },
    supporters: (_root, { filter, first, after }, context) => {
      const section = staffSection(context.principal);
      const page = validateInput(pageArguments, { first, after }, 'arguments');
      return context.supporterQueries.page(section, validateInput(supporterFilter, filter, 'filter'), page.first, page.after);
    },
  },
  Mutation: {
    registerSupporter: async (_root, { input, humanCheckToken }, context) => {
      const section = websiteOrStaffSection(context.principal);
      const registration = validateInput(registerSupporterInput, input);
      // Sign-ups from the public website face the section's captcha, where it asks for one; staff do not.
      if (context.principal.kind === 'authenticated' && context.principal.role === 'site') await context.humanCheck.verify(section, humanCheckToken, context.clientAddress);
      return context.registration.register(section, consentSourceOf(context.principal), registration);
    },
    updateSupporter: (_root, { id, input }, context) => {
      const section = staffSection(context.principal);
      return context.supporterCommands.update(section, validateInput(supporterId, id, 'id'), validateInput(updateSupporterInput, input));
    },
    recordConsents: (_root, { supporterId: id, input }, context) => {
      const section = staffSection(context.principal);
      return context.supporterCommands.recordConsents(section, validateInput(supporterId, id, 'supporterId'), 'STAFF', validateInput(recordConsentsInput, input));
    },
    pauseSupporter: (_root, { id }, context) => context.supporterCommands.pause(staffSection(context.principal), validateInput(supporterId, id, 'id')),
    resumeSupporter: (_root, { id }, context) => context.supporterCommands.resume(staffSection(context.principal), validateInput(supporterId, id, 'id')),
  },
  Supporter: supporterFields,
};
