import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayEnvironment } from './environment';

/**
 * Limits checked on every operation before any subgraph is called (graphql-armor): depth, aliases,
 * tokens, directives and cost. The refusal never states the limit: a flood script learns nothing
 * from probing. Field suggestions ("did you mean…?") are switched off in production, where they
 * would map the schema for whoever asks.
 */
export function queryLimits(environment: GatewayEnvironment) {
  const refusal = (what: string) => ({
    exposeLimits: false,
    errorMessage: `This operation has too many ${what} for the Plume API. Ask for less in one request.`,
  });
  return new ApolloArmor({
    maxDepth: { n: environment.QUERY_MAX_DEPTH, flattenFragments: true, ...refusal('nested levels') },
    maxAliases: { n: environment.QUERY_MAX_ALIASES, ...refusal('aliases') },
    maxTokens: { n: environment.QUERY_MAX_TOKENS, ...refusal('tokens') },
    maxDirectives: { n: environment.QUERY_MAX_DIRECTIVES, ...refusal('directives') },
    costLimit: { maxCost: environment.QUERY_MAX_COST, ...refusal('fields to compute') },
    blockFieldSuggestion: { enabled: environment.NODE_ENV === 'production' },
  }).protect();
}
