import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types';
import { caseUpdateResolvers } from './case-updates/case-update.resolver';
import { campaignResolvers } from './campaigns/campaign.resolver';
import { caseResolvers } from './cases/case.resolver';
import { targetResolvers } from './targets/target.resolver';

/** Feature resolvers merged into one map (each feature owns a slice of Query, Mutation and its types). */
export const casesResolvers: Resolvers = {
  // `Date` stays a YYYY-MM-DD string end to end (LocalDate semantics): no time zone can shift a release date.
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
  DateTime: DateTimeResolver,
  Query: { ...campaignResolvers.Query, ...caseResolvers.Query },
  Mutation: { ...campaignResolvers.Mutation, ...caseResolvers.Mutation, ...targetResolvers.Mutation, ...caseUpdateResolvers.Mutation },
  Campaign: campaignResolvers.Campaign,
  Case: caseResolvers.Case,
  Target: targetResolvers.Target,
  LetterTemplate: targetResolvers.LetterTemplate,
};
