import { validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { staffSection } from '../authorization';
import { referenced } from '../referenced';
import { feedbackPeriod } from './feedback-period';
import { createMonthlyFeedbackRequests } from './monthly-feedback-requests';

export const feedbackResolvers: Resolvers = {
  Mutation: {
    requestMonthlyFeedback: async (_root, { period }, context) => {
      const section = staffSection(context.principal);
      const month = validateInput(feedbackPeriod, period, 'period');
      return { period: month, created: await createMonthlyFeedbackRequests(context.dataSource, month, section) };
    },
  },
  FeedbackRequest: {
    adoption: async (request, _args, context) => referenced(await context.loaders.adoption.load(request.adoptionId), 'the adoption of a feedback request'),
  },
};
