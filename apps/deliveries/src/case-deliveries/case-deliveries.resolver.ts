import { validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { canSeeDeliveriesOf } from '../access';
import { optionalSection } from '../deliveries/delivery.input';
import { withSignatureTotal } from '../tally/handover-counts';

/**
 * The fields this subgraph adds to `Case` (owned by the cases subgraph): its deliveries and what each
 * section collected and has not handed over yet. Both follow the case's own visibility: nothing of an
 * unpublished case for the public.
 */
export const caseDeliveriesResolvers: Resolvers = {
  Case: {
    // Only the key is needed; the fields below decide what the caller may see.
    __resolveReference: (reference) => ({ id: reference.id }),
    deliveries: async (reference, args, context) => {
      const section = validateInput(optionalSection, args.section, 'section');
      if (!canSeeDeliveriesOf(context.principal, await context.loaders.knownCase.load(reference.id))) return [];
      const deliveries = await context.loaders.deliveriesOfCase.load(reference.id);
      return section ? deliveries.filter((delivery) => delivery.section === section) : deliveries;
    },
    awaitingDelivery: async (reference, args, context) => {
      const section = validateInput(optionalSection, args.section, 'section');
      if (!canSeeDeliveriesOf(context.principal, await context.loaders.knownCase.load(reference.id))) return [];
      const tallies = await context.loaders.tallyOfCase.load(reference.id);
      return tallies
        .filter((tally) => !section || tally.section === section)
        .map((tally) => ({
          section: tally.section,
          ...withSignatureTotal(tally.awaiting),
          lastCutoffAt: tally.lastCutoffAt,
          collected: withSignatureTotal(tally.collected),
        }));
    },
  },
};
