import { requireRole } from '@plume/auth';
import { validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { addLetterTemplateInput } from '../letter-templates/letter-template.input';
import { addTargetInput } from './target.input';

export const targetResolvers: Resolvers = {
  Mutation: {
    addTarget: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.targets.add(validateInput(addTargetInput, input));
    },
    addLetterTemplate: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.letterTemplates.add(validateInput(addLetterTemplateInput, input));
    },
  },
  Target: {
    address: (target) => ({ street: target.street, postalCode: target.postalCode, locality: target.locality, country: target.addressCountry }),
  },
  LetterTemplate: {
    target: (template, _args, context) => (template.targetId ? context.loaders.target.load(template.targetId) : null),
  },
};
