import { requireRole } from '@plume/auth';
import { badUserInput, validateInput } from '@plume/errors';
import { pageArguments } from '@plume/pagination';
import type { Resolvers } from '../__generated__/resolvers-types';
import { resolveLocalized } from '../localization/localized-text';
import { visibilityFor } from '../visibility';
import { caseFilter, caseSlug, changeCaseStatusInput, createCaseInput, updateCaseInput } from './case.input';

export const caseResolvers: Resolvers = {
  Query: {
    cases: (_root, { filter, first, after }, context) => {
      const page = validateInput(pageArguments, { first, after }, 'arguments');
      return context.caseQueries.page(validateInput(caseFilter, filter, 'filter') ?? {}, page.first, page.after, visibilityFor(context.principal));
    },
    case: (_root, { id, slug }, context) => {
      if (Boolean(id) === Boolean(slug)) throw badUserInput('Give exactly one of "id" or "slug".');
      return context.caseQueries.find({ id, slug: slug ? validateInput(caseSlug, slug, 'slug') : null }, visibilityFor(context.principal));
    },
  },
  Mutation: {
    createCase: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.caseCommands.create(validateInput(createCaseInput, input));
    },
    updateCase: (_root, { id, input }, context) => {
      requireRole(context.principal, 'admin');
      return context.caseCommands.update(id, validateInput(updateCaseInput, input));
    },
    changeCaseStatus: (_root, { input }, context) => {
      requireRole(context.principal, 'admin');
      return context.caseCommands.changeStatus(validateInput(changeCaseStatusInput, input));
    },
  },
  Case: {
    __resolveReference: (reference, context) => context.caseQueries.find({ id: reference.id }, visibilityFor(context.principal)),
    availableLanguages: (entity) => Object.keys(entity.summary),
    summary: (entity, { language }) => resolveLocalized(entity.summary, language, entity.defaultLanguage).text,
    story: (entity, { language }) => resolveLocalized(entity.story, language, entity.defaultLanguage).text,
    petitionText: (entity, { language }) => resolveLocalized(entity.petitionText, language, entity.defaultLanguage).text,
    campaigns: (entity, _args, context) => context.loaders.campaignsOfCase.load(entity.id),
    targets: (entity, _args, context) => context.loaders.targetsOfCase.load(entity.id),
    letterTemplates: (entity, { language }, context) => context.letterTemplates.forCase(entity, language),
    updates: (entity, { language, first }, context) => context.caseUpdates.forCase(entity, language, first ?? 10),
    translations: async (entity, _args, context) => {
      requireRole(context.principal, 'staff', 'analyst', 'admin');
      const templates = await context.letterTemplates.countByLanguage(entity.id);
      const languages = new Set([...Object.keys(entity.summary), ...Object.keys(entity.story), ...Object.keys(entity.petitionText), ...Object.keys(templates)]);
      return [...languages].sort().map((language) => ({
        language,
        summary: language in entity.summary,
        story: language in entity.story,
        petitionText: language in entity.petitionText,
        letterTemplates: templates[language] ?? 0,
      }));
    },
  },
};
