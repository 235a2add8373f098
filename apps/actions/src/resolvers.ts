import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types';
import { actionResolvers } from './actions/action.resolver';
import { statsResolvers } from './counters/stats.resolver';
import { feedbackResolvers } from './feedback/feedback.resolver';
import { reportResolvers } from './reports/report.resolver';
import { signatureResolvers } from './signatures/signature.resolver';

/** Feature resolvers merged into one map (each feature owns a slice of Query, Mutation and its types). */
export const actionsResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  // `Date` stays a YYYY-MM-DD string end to end, as in the cases and deliveries subgraphs.
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
  Query: { ...actionResolvers.Query, ...signatureResolvers.Query, ...feedbackResolvers.Query, ...reportResolvers.Query },
  Mutation: { ...actionResolvers.Mutation, ...signatureResolvers.Mutation, ...feedbackResolvers.Mutation },
  Action: actionResolvers.Action,
  Case: statsResolvers.Case,
  Campaign: statsResolvers.Campaign,
  Supporter: statsResolvers.Supporter,
  PetitionList: signatureResolvers.PetitionList,
  SignPetitionPayload: signatureResolvers.SignPetitionPayload,
  RetractSignaturePayload: signatureResolvers.RetractSignaturePayload,
  ConfirmSignaturePayload: signatureResolvers.ConfirmSignaturePayload,
  FeedbackEntry: feedbackResolvers.FeedbackEntry,
  FeedbackQuestionnaire: feedbackResolvers.FeedbackQuestionnaire,
  ActionReport: reportResolvers.ActionReport,
  ActionReportRow: reportResolvers.ActionReportRow,
  ActionReportTotals: reportResolvers.ActionReportTotals,
};
