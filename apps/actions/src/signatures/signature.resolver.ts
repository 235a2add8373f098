import { requireSectionRole, type Principal } from '@plume/auth';
import { forbidden, validateInput } from '@plume/errors';
import { pageArguments } from '@plume/pagination';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ALL_SECTIONS } from '../counters/action-total.entity';
import { referenceTo } from '../entity-reference';
import type { PetitionListQuery } from './petition-list.service';
import { invalidateSignaturesInput } from './signature-invalidation.input';
import { confirmationToken, petitionListArguments, retractionToken, signPetitionArguments } from './signature.input';

/**
 * A petition list is personal data of the section that collected it: its staff only, whatever other
 * role one holds. `cutoffAt` defaults to now.
 */
function petitionListOf(principal: Principal, args: { caseId: unknown; cutoffAt?: unknown; section?: unknown }): PetitionListQuery {
  const staff = requireSectionRole(principal, 'staff');
  if (args.section !== undefined && args.section !== staff.section) throw forbidden("This petition list belongs to another section's staff.");
  const { caseId, cutoffAt } = validateInput(petitionListArguments, { caseId: args.caseId, cutoffAt: args.cutoffAt }, '');
  return { section: staff.section, caseId, cutoffAt: cutoffAt ?? new Date() };
}

export const signatureResolvers: Resolvers = {
  Query: {
    petitionSignatures: (_root, args, context) => {
      const list = petitionListOf(context.principal, { caseId: args.caseId, cutoffAt: args.signedBefore });
      const { first, after } = validateInput(pageArguments, { first: args.first, after: args.after }, '');
      return context.petitionLists.page(list, first, after);
    },
    petitionSignaturesCsv: (_root, args, context) => {
      const list = petitionListOf(context.principal, { caseId: args.caseId, cutoffAt: args.signedBefore });
      return context.petitionLists.exportCsv(list, validateInput(pageArguments, { after: args.after }, '').after);
    },
    petitionList: (_root, args, context) => petitionListOf(context.principal, args),
  },
  Mutation: {
    signPetition: async (_root, args, context) => {
      const site = requireSectionRole(context.principal, 'site');
      const input = validateInput(signPetitionArguments, args, '');
      await context.humanCheck.verify(site.section, input.humanCheckToken, context.clientAddress);
      const outcome = await context.signatures.sign(site.section, input, context.clientAddress);
      context.loaders.stats.clearAll(); // the counters in the answer are read after the signature
      if (outcome.caseCounters) context.loaders.stats.prime({ kind: 'CASE', id: outcome.caseId, section: ALL_SECTIONS }, outcome.caseCounters);
      return outcome;
    },
    confirmSignature: async (_root, { token }, context) => {
      // Like the retraction link: whoever holds the emailed link may follow it, signed in or not.
      const outcome = await context.signatureConfirmations.confirm(validateInput(confirmationToken, token, 'token'));
      context.loaders.stats.clearAll();
      return outcome;
    },
    invalidateSignatures: async (_root, { input }, context) => {
      const staff = requireSectionRole(context.principal, 'staff');
      const result = await context.signatureInvalidations.invalidate(staff.section, staff.subject, validateInput(invalidateSignaturesInput, input, 'input'));
      context.logger.info({ section: staff.section, rejected: result.rejected, dryRun: result.dryRun }, 'signatures invalidated in bulk');
      return result;
    },
    retractSignature: async (_root, { token }, context) => {
      // The token is the signer's own proof: whoever holds the link may use it, signed in or not.
      const outcome = await context.signatures.retract(validateInput(retractionToken, token, 'token'));
      context.loaders.stats.clearAll();
      return outcome;
    },
  },
  PetitionList: {
    // The deliveries subgraph's Delivery.petitionList: the gateway brings the key, the caller's token decides.
    __resolveReference: (reference, context) => petitionListOf(context.principal, reference),
    signatures: (list, args, context) => {
      const { first, after } = validateInput(pageArguments, args, '');
      return context.petitionLists.page(petitionListOf(context.principal, list), first, after);
    },
    csv: (list, { after }, context) => context.petitionLists.exportCsv(petitionListOf(context.principal, list), validateInput(pageArguments, { after }, '').after),
  },
  SignPetitionPayload: {
    case: (outcome) => referenceTo(outcome.caseId),
  },
  ConfirmSignaturePayload: {
    case: (outcome) => referenceTo(outcome.caseId),
  },
  RetractSignaturePayload: {
    case: (outcome) => referenceTo(outcome.caseId),
  },
};
