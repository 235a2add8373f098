import { ApolloServer } from '@apollo/server';
import { ANONYMOUS, type Principal } from '@plume/auth';
import { waitFor } from '@plume/testing';
import type { GatewayContext } from '../gateway-context';
import { CACHE_STATUS_HEADER, responseCachePlugin } from './response-cache-plugin';
import { createResponseStore } from './response-store';

const CASE_ID = '4dc951a6-f610-4362-bef0-d594cf0ea600';
const COUNTERS_CASE_ID = '0b0c2d4e-1111-4222-8333-944455556666';
const typeDefs = `
  type Query { case(slug: String!): Case, feedbackQuestionnaire(token: String!): String }
  type Mutation { signPetition(caseId: ID!): Boolean }
  type Case { id: ID!, personName: String!, signatures: Int! }
`;
const caller = (role: string, section: string | null = null) => ({ kind: 'authenticated', role, subject: `${role}-1`, section }) as Principal;
const CASE_PAGE = 'query($slug: String!) { case(slug: $slug) { personName signatures } }';

/** The plugin on a one-subgraph stand-in: what is served from the cache, and what never is. */
describe('response cache plugin', () => {
  let executions: number;
  /** Held closed, it keeps a resolver in flight: how a test makes identical reads overlap. */
  let gate: Promise<void>;
  let failNext: boolean;
  let live: boolean;
  let store: ReturnType<typeof createResponseStore>;
  let server: ApolloServer<GatewayContext>;

  beforeEach(async () => {
    executions = 0;
    gate = Promise.resolve();
    failNext = false;
    live = true;
    store = createResponseStore({ ttlMs: 60_000, maxEntries: 100 });
    const resolvers = {
      Query: {
        case: async (_: unknown, __: unknown, context: GatewayContext) => {
          executions += 1;
          await gate;
          // As the subgraph data source does for an entity fetch: the counters come from another subgraph.
          context.entityIds?.add(COUNTERS_CASE_ID);
          if (failNext) throw new Error('the actions service is unavailable');
          return { id: CASE_ID, personName: 'Khaled Drareni', signatures: executions };
        },
        feedbackQuestionnaire: () => 'a questionnaire',
      },
      Mutation: { signPetition: () => true },
    };
    server = new ApolloServer<GatewayContext>({ typeDefs, resolvers, plugins: [responseCachePlugin({ store, ttlSeconds: 60, waitLimitMs: 5_000, live: () => live })] });
    await server.start();
  });
  afterEach(() => server.stop());

  async function call(query: string, variables: Record<string, unknown>, principal: Principal = ANONYMOUS) {
    const response = await server.executeOperation({ query, variables }, { contextValue: { principal, clientAddress: '203.0.113.7', entityIds: new Set() } });
    const headers = response.http.headers;
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { status: headers.get(CACHE_STATUS_HEADER), cacheControl: headers.get('cache-control'), data: body?.data, errors: body?.errors };
  }
  const readCase = (principal?: Principal) => call(CASE_PAGE, { slug: 'khaled-drareni' }, principal);

  it('serves the second anonymous read from the cache, marked public', async () => {
    expect(await readCase()).toMatchObject({ status: 'miss', cacheControl: 'public, max-age=60', data: { case: { signatures: 1 } } });
    expect(await readCase()).toMatchObject({ status: 'hit', cacheControl: expect.stringMatching(/^public, max-age=(59|60)$/), data: { case: { signatures: 1 } } });
    expect(executions).toBe(1);
    expect((await call(CASE_PAGE, { slug: 'moses-akatugba' })).status).toBe('miss');
  });

  it('keeps a section website’s answers apart from anonymous ones and from other sections, marked private', async () => {
    await readCase();
    expect(await readCase(caller('site', 'BE-FR'))).toMatchObject({ status: 'miss', cacheControl: 'private, max-age=60' });
    expect(await readCase(caller('site', 'BE-FR'))).toMatchObject({ status: 'hit' });
    expect(await readCase(caller('site', 'DZ'))).toMatchObject({ status: 'miss' });
    expect(executions).toBe(3);
  });

  it('never serves or stores the answers of staff, analysts, admins and services', async () => {
    await readCase();
    for (const role of ['staff', 'analyst', 'admin', 'service']) {
      expect(await readCase(caller(role, 'BE-FR'))).toMatchObject({ status: 'bypass', cacheControl: 'private, no-store' });
    }
    expect(executions).toBe(5);
  });

  it('never caches mutations or other root fields, and a mutation drops the answers about what it touched', async () => {
    await readCase();
    expect(await call('mutation($caseId: ID!) { signPetition(caseId: $caseId) }', { caseId: COUNTERS_CASE_ID })).toMatchObject({ status: 'bypass', cacheControl: 'private, no-store' });
    expect(await readCase()).toMatchObject({ status: 'miss', data: { case: { signatures: 2 } } });
    expect(await call('query($token: String!) { feedbackQuestionnaire(token: $token) }', { token: 'abc' })).toMatchObject({ status: 'bypass' });
  });

  it('drops an answer when an event names an entity it was built from, even one fetched from another subgraph', async () => {
    await readCase();
    store.invalidate([COUNTERS_CASE_ID]);
    expect(await readCase()).toMatchObject({ status: 'miss', data: { case: { signatures: 2 } } });
    // The ids of the answer tag it too (the entity served by the root subgraph).
    const withId = () => call('query($slug: String!) { case(slug: $slug) { id signatures } }', { slug: 'khaled-drareni' });
    expect(await withId()).toMatchObject({ status: 'miss' });
    store.invalidate([CASE_ID]);
    expect(await withId()).toMatchObject({ status: 'miss', data: { case: { id: CASE_ID, signatures: 4 } } });
  });

  it('never stores a partial answer (a subgraph down)', async () => {
    failNext = true;
    expect(await readCase()).toMatchObject({ status: 'miss', cacheControl: 'private, no-store', errors: [expect.anything()] });
    failNext = false;
    expect(await readCase()).toMatchObject({ status: 'miss', data: { case: { signatures: 2 } } });
    expect(await readCase()).toMatchObject({ status: 'hit' });
  });

  /** Starts `count` identical reads while the first one's resolver is held in flight, then lets it finish. */
  async function overlappingReads(count: number) {
    let open: () => void = () => undefined;
    gate = new Promise((resolve) => (open = resolve));
    const startedWith = executions;
    const reads = Promise.all(Array.from({ length: count }, () => readCase()));
    await waitFor('the first read to be in flight', () => executions > startedWith, 5_000, 1);
    open();
    return reads;
  }

  it('runs identical concurrent misses once; when that answer cannot be stored, each runs its own', async () => {
    const reads = await overlappingReads(3);
    expect(reads.map((read) => read.status)).toEqual(['miss', 'hit', 'hit']);
    expect(executions).toBe(1);

    store.clear();
    failNext = true;
    const afterFailure = await overlappingReads(2);
    expect(afterFailure.map((read) => read.status)).toEqual(['miss', 'miss']);
    expect(executions).toBe(3);
  });

  it('serves and stores nothing while it cannot hear the events', async () => {
    live = false;
    expect(await readCase()).toMatchObject({ status: 'bypass', cacheControl: 'private, no-store' });
    expect(await readCase()).toMatchObject({ status: 'bypass' });
    expect(executions).toBe(2);
  });
});
