import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from './__generated__/resolvers-types';
import { caseDeliveriesResolvers } from './case-deliveries/case-deliveries.resolver';
import { deliveryResolvers } from './deliveries/delivery.resolver';
import { embassyResolvers } from './embassies/embassy.resolver';

/** Feature resolvers merged into one map (each feature owns a slice of Query, Mutation and its types). */
export const deliveriesResolvers: Resolvers = {
  // `Date` stays a YYYY-MM-DD string end to end (LocalDate semantics): no time zone can shift a planned day.
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
  DateTime: DateTimeResolver,
  Query: { ...embassyResolvers.Query, ...deliveryResolvers.Query },
  Mutation: { ...embassyResolvers.Mutation, ...deliveryResolvers.Mutation },
  Embassy: embassyResolvers.Embassy,
  Delivery: deliveryResolvers.Delivery,
  ReceivedBy: deliveryResolvers.ReceivedBy,
  DeliveryStatusChange: deliveryResolvers.DeliveryStatusChange,
  Case: caseDeliveriesResolvers.Case,
};
