import { requireSectionRole } from '@plume/auth';
import { forbidden, validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { DeliveriesContext } from '../context';
import { canSeeDeliveriesOf, requireInternalReader, requireSectionStaff } from '../access';
import { withSignatureTotal } from '../tally/handover-counts';
import type { DeliveryEntity } from './delivery.entity';
import {
  cancelDeliveryInput,
  deliveriesArguments,
  planDeliveryInput,
  postponeDeliveryInput,
  recordHandoverInput,
  recordRefusalInput,
} from './delivery.input';

/** A delivery if the caller may see it at all: the public sees the deliveries of published cases only. */
async function visible(delivery: DeliveryEntity | null, context: DeliveriesContext): Promise<DeliveryEntity | null> {
  if (!delivery) return null;
  return canSeeDeliveriesOf(context.principal, await context.loaders.knownCase.load(delivery.caseId)) ? delivery : null;
}

export const deliveryResolvers: Resolvers = {
  Query: {
    delivery: async (_root, { id }, context) => visible(await context.deliveryQueries.find(id), context),
    deliveries: (_root, args, context) => {
      requireInternalReader(context.principal);
      const { section, status, first } = validateInput(deliveriesArguments, args, 'arguments');
      return context.deliveryQueries.forSection(section, status, first);
    },
  },
  Mutation: {
    planDelivery: (_root, { input }, context) => {
      const caller = requireSectionRole(context.principal, 'staff');
      const valid = validateInput(planDeliveryInput, input);
      if (valid.section && valid.section !== caller.section) throw forbidden(`Staff of section ${caller.section} plan their own section's deliveries only.`);
      return context.planning.plan(caller, valid);
    },
    recordHandover: (_root, { input }, context) =>
      context.handover.record(requireSectionRole(context.principal, 'staff'), validateInput(recordHandoverInput, input)),
    postponeDelivery: (_root, { input }, context) =>
      context.transitions.postpone(requireSectionRole(context.principal, 'staff'), validateInput(postponeDeliveryInput, input)),
    cancelDelivery: (_root, { input }, context) =>
      context.transitions.cancel(requireSectionRole(context.principal, 'staff'), validateInput(cancelDeliveryInput, input)),
    recordRefusal: (_root, { input }, context) =>
      context.transitions.refuse(requireSectionRole(context.principal, 'staff'), validateInput(recordRefusalInput, input)),
  },
  Delivery: {
    __resolveReference: async (reference, context) => visible(await context.deliveryQueries.find(reference.id), context),
    case: (delivery) => ({ id: delivery.caseId }),
    embassy: async (delivery, _args, context) => {
      const embassy = await context.loaders.embassy.load(delivery.embassyId);
      if (!embassy) throw new Error(`delivery ${delivery.id} has no embassy`); // impossible: a foreign key guards it
      return embassy;
    },
    counts: (delivery) =>
      delivery.onlineSignatures === null
        ? null
        : withSignatureTotal({ onlineSignatures: delivery.onlineSignatures, paperSignatures: delivery.paperSignatures ?? 0, letters: delivery.letters ?? 0 }),
    receivedBy: (delivery, _args, context) => {
      requireInternalReader(context.principal);
      return delivery.receivedByTitle === null ? null : { title: delivery.receivedByTitle, name: delivery.receivedByName, section: delivery.section };
    },
    deliveredBy: (delivery, _args, context) => {
      requireSectionStaff(context.principal, delivery.section);
      return delivery.deliveredBy;
    },
    notes: (delivery, _args, context) => {
      requireSectionStaff(context.principal, delivery.section);
      return delivery.notes;
    },
    evidence: (delivery, _args, context) => {
      requireInternalReader(context.principal);
      return delivery.evidence;
    },
    history: async (delivery, _args, context) =>
      (await context.loaders.historyOfDelivery.load(delivery.id)).map((change) => ({
        status: change.status,
        at: change.at,
        plannedFor: change.plannedFor,
        reason: change.reason,
        section: delivery.section,
      })),
    // The signers' list is personal data: the reference is handed to the section's staff only (and the
    // actions subgraph checks again when it resolves it).
    petitionList: (delivery, _args, context) => {
      requireSectionStaff(context.principal, delivery.section);
      return delivery.status === 'DELIVERED' && delivery.cutoffAt ? { caseId: delivery.caseId, section: delivery.section, cutoffAt: delivery.cutoffAt } : null;
    },
  },
  ReceivedBy: {
    name: (receivedBy, _args, context) => {
      requireSectionStaff(context.principal, receivedBy.section);
      return receivedBy.name;
    },
  },
  DeliveryStatusChange: {
    reason: (change, _args, context) => {
      requireSectionStaff(context.principal, change.section);
      return change.reason;
    },
  },
};
