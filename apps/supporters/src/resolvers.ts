import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types';
import { adoptionResolvers } from './adoptions/adoption.resolver';
import { caseExtensionResolvers } from './case-extension/case.resolver';
import { erasureResolvers } from './erasure/erasure.resolver';
import { feedbackResolvers } from './feedback/feedback.resolver';
import { sectionResolvers } from './sections/section.resolver';
import { supporterResolvers } from './supporters/supporter.resolver';

/** Feature resolvers merged into one map (each feature owns a slice of Query, Mutation and its types). */
export const supportersResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: { ...sectionResolvers.Query, ...supporterResolvers.Query, ...adoptionResolvers.Query },
  Mutation: {
    ...sectionResolvers.Mutation,
    ...supporterResolvers.Mutation,
    ...adoptionResolvers.Mutation,
    ...erasureResolvers.Mutation,
    ...feedbackResolvers.Mutation,
  },
  Section: sectionResolvers.Section,
  Supporter: supporterResolvers.Supporter,
  Adoption: adoptionResolvers.Adoption,
  FeedbackRequest: feedbackResolvers.FeedbackRequest,
  Case: caseExtensionResolvers.Case,
};
