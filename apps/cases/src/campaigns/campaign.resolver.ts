import { requireRole } from '@plume/auth';
import { validateInput } from '@plume/errors';
import { pageArguments } from '@plume/pagination';
import type { Resolvers } from '../__generated__/resolvers-types';
import { resolveLocalized, toLocalizedList } from '../localization/localized-text';
import { visibilityFor } from '../visibility';
import { campaignCode, createCampaignInput, updateCampaignInput } from './campaign.input';

export const campaignResolvers: Resolvers = {
  Query: {
    campaigns: (_root, { status }, context) => context.campaigns.list(visibilityFor(context.principal), status),
    campaign: (_root, { code }, context) => context.campaigns.find({ code: validateInput(campaignCode, code, 'code') }, visibilityFor(context.principal)),
  },
  Mutation: {
    createCampaign: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.campaigns.create(validateInput(createCampaignInput, input));
    },
    updateCampaign: async (_root, { code, input }, context) => {
      requireRole(context.principal, 'admin');
      return context.campaigns.update(validateInput(campaignCode, code, 'code'), validateInput(updateCampaignInput, input));
    },
  },
  Campaign: {
    __resolveReference: (reference, context) =>
      context.campaigns.find({ id: 'id' in reference ? reference.id : undefined, code: 'code' in reference ? reference.code : undefined }, visibilityFor(context.principal)),
    name: (campaign, { language }) => resolveLocalized(campaign.names, language, 'en').text,
    names: (campaign) => toLocalizedList(campaign.names),
    goals: (campaign) => ({ actions: campaign.goals.actions ?? null, letters: campaign.goals.letters ?? null, signatures: campaign.goals.signatures ?? null }),
    cases: (campaign, args, context) => {
      const { first, after } = validateInput(pageArguments, args, 'arguments');
      return context.caseQueries.pageForCampaign(campaign.code, first, after, visibilityFor(context.principal));
    },
  },
};

