import { validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { referenceTo } from '../entity-reference';
import { feedbackToken, submitFeedbackArguments } from './feedback.input';

export const feedbackResolvers: Resolvers = {
  Query: {
    // The link's token is the supporter's proof; a section website showing the form may call with its own token too.
    feedbackQuestionnaire: (_root, { token }, context) => {
      const parsed = feedbackToken.safeParse(token);
      return parsed.success ? context.feedback.questionnaire(parsed.data) : null;
    },
  },
  Mutation: {
    submitFeedback: async (_root, args, context) => {
      const input = validateInput(submitFeedbackArguments, args, '');
      const { principal } = context;
      const siteSection = principal.kind === 'authenticated' && principal.role === 'site' ? principal.section : null;
      const submission = await context.feedback.submit({ siteSection }, input);
      context.loaders.stats.clearAll();
      return submission;
    },
  },
  FeedbackEntry: {
    case: (entry) => referenceTo(entry.caseId),
  },
  FeedbackQuestionnaire: {
    case: (view) => referenceTo(view.caseId),
  },
};
