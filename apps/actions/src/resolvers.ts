import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types';
import { actionResolvers } from './actions/action.resolver';
import { statsResolvers } from './counters/stats.resolver';
import { feedbackResolvers } from './feedback/feedback.resolver';
import { signatureResolvers } from './signatures/signature.resolver';

/** Feature resolvers merged into one map (each feature owns a slice of Query, Mutation and its types). */
export const actionsResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: { ...actionResolvers.Query, ...signatureResolvers.Query, ...feedbackResolvers.Query },
  Mutation: { ...actionResolvers.Mutation, ...signatureResolvers.Mutation, ...feedbackResolvers.Mutation },
  Action: actionResolvers.Action,
  Case: statsResolvers.Case,
  Campaign: statsResolvers.Campaign,
  Supporter: statsResolvers.Supporter,
  PetitionList: signatureResolvers.PetitionList,
  SignPetitionPayload: signatureResolvers.SignPetitionPayload,
  RetractSignaturePayload: signatureResolvers.RetractSignaturePayload,
  FeedbackEntry: feedbackResolvers.FeedbackEntry,
  FeedbackQuestionnaire: feedbackResolvers.FeedbackQuestionnaire,
};
