import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createHttpServer, createLogger, createSubgraphFetcher, mountGraphql } from '@plume/server';
import { numberOption, stringOption } from '../shared/cli';

/**
 * One server of the bare stack (see bare-stack.ts): the project's fixed stack doing no work. The same
 * HTTP layer as Plume's services (fastify with @as-integrations/fastify, `createHttpServer`), the same
 * subgraph fetcher as Plume's gateway, and a `signPetition` with the same arguments and answer as the
 * real one, resolved with constants: no token, no limits, no database, no event.
 *
 *   bare-stack-server.ts subgraph --port <port>
 *   bare-stack-server.ts gateway --port <port> --subgraph <url>
 */
const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query { case(id: ID!): Case }
  type Mutation {
    signPetition(caseId: ID!, signer: SignerInput!, consent: PetitionConsentInput!, idempotencyKey: String!, humanCheckToken: String): SignPetitionPayload!
  }
  input SignerInput { name: String!, email: String!, country: String! }
  input PetitionConsentInput { accepted: Boolean!, textVersion: String!, language: String! }
  type SignPetitionPayload { accepted: Boolean!, retractionToken: String!, confirmationRequired: Boolean!, case: Case! }
  type Case @key(fields: "id") { id: ID!, actionStats: ActionStats! }
  type ActionStats { signatures: Int!, distinctSigners: Int! }
`);

const resolvers = {
  Query: { case: (_root: unknown, { id }: { id: string }) => ({ id }) },
  Mutation: {
    signPetition: (_root: unknown, args: { caseId: string; idempotencyKey: string }) => ({
      accepted: true,
      retractionToken: args.idempotencyKey,
      confirmationRequired: false,
      case: { id: args.caseId },
    }),
  },
  Case: { actionStats: () => ({ signatures: 0, distinctSigners: 0 }) },
};

async function serve(apollo: ApolloServer<BaseContext>, port: number): Promise<void> {
  const app = createHttpServer({ logger: createLogger('bare-stack', 'warn'), readiness: [] });
  await apollo.start();
  mountGraphql(app, apollo, async () => ({}));
  await app.listen({ host: '127.0.0.1', port });
}

async function main(): Promise<void> {
  const role = process.argv[2];
  const port = numberOption('port', 0);
  if (role === 'subgraph') {
    await serve(new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers }) }), port);
    return;
  }
  if (role !== 'gateway') throw new Error('bare-stack-server.ts subgraph|gateway --port <port> [--subgraph <url>]');
  const composed = composeServices([{ name: 'actions', typeDefs, url: stringOption('subgraph', '') }]);
  if (!composed.supergraphSdl) throw new Error(`the bare supergraph does not compose: ${composed.errors?.map((error) => error.message).join('; ')}`);
  const fetcher = createSubgraphFetcher({ timeoutMs: 10_000 });
  const gateway = new ApolloGateway({ supergraphSdl: composed.supergraphSdl, buildService: ({ url }) => new RemoteGraphQLDataSource({ url, fetcher: fetcher.fetch }) });
  await serve(new ApolloServer({ gateway }), port);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
