import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../gateway-context';
import { cacheKey, cacheScopeOf, isCacheableOperation } from './cache-policy';
import { collectDataIds, collectVariableIds } from './entity-ids';
import { createMissCoalescer } from './miss-coalescer';
import type { ResponseStore, StoredAnswer } from './response-store';

/** `hit`, `miss` (computed, and stored when it could be) or `bypass` (never cached, or the cache is off). */
export const CACHE_STATUS_HEADER = 'x-plume-cache';
const UNCACHEABLE = 'private, no-store';

interface ResponseCachePluginOptions {
  store: ResponseStore;
  ttlSeconds: number;
  /** How long identical requests wait for the one computing an answer (the subgraph timeout is a good bound). */
  waitLimitMs: number;
  /** False while the gateway may be missing events (not yet in its consumer group): nothing is served or stored. */
  live(): boolean;
}

/**
 * The response cache, as an Apollo Server plugin: it answers in `responseForOperation` — after parsing,
 * validation, the query limits and the trusted-documents policy, which all still run on a hit — and
 * before the query plan is executed, which is what a hit saves (four subgraph calls for a case page).
 * Only complete answers are stored: any error (a subgraph down gives a partial page) leaves the cache
 * alone. Every answer says how downstream caches may keep it.
 *
 * A mutation through this gateway drops at once what it may have changed (the ids in its variables and
 * answer), whoever sent it: a section website that signs and reads the page again sees its signature
 * without waiting for the event, which then clears the other gateway processes.
 */
export function responseCachePlugin(options: ResponseCachePluginOptions): ApolloServerPlugin<GatewayContext> {
  const cacheControl = (scope: string, seconds: number) => `${scope === 'anonymous' ? 'public' : 'private'}, max-age=${seconds}`;
  const coalescer = createMissCoalescer({ waitLimitMs: options.waitLimitMs });

  return {
    async requestDidStart() {
      let scope: string | undefined;
      let key: string | undefined;
      let hit: StoredAnswer | undefined;
      let mark = 0;
      let settle: ((stored: StoredAnswer | undefined) => void) | undefined;

      return {
        async responseForOperation({ contextValue, operation, document, queryHash, request }) {
          scope = cacheScopeOf(contextValue.principal);
          if (!scope || !queryHash || !options.live() || !isCacheableOperation(operation, document)) return null;
          key = cacheKey(scope, queryHash, request.operationName, request.variables);
          hit = options.store.get(key);
          const running = hit ? undefined : coalescer.follow(key);
          // Checked and taken without an await in between: exactly one request leads.
          if (!hit && !running) settle = coalescer.lead(key);
          if (running) hit = await running;
          if (!hit) {
            mark = options.store.mark();
            return null;
          }
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: hit.data } } };
        },

        async willSendResponse({ response, contextValue, operation, request }) {
          const headers = response.http.headers;
          // Only a mutation that ran (it has data): one refused before execution changed nothing.
          const ran = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          if (operation?.operation === 'mutation' && ran) {
            const ids = new Set(contextValue.entityIds);
            collectVariableIds(request.variables, ids);
            collectDataIds(ran, ids);
            options.store.invalidate([...ids]);
          }
          if (!scope || !key) {
            headers.set(CACHE_STATUS_HEADER, 'bypass');
            headers.set('cache-control', UNCACHEABLE);
            return;
          }
          if (hit) {
            headers.set(CACHE_STATUS_HEADER, 'hit');
            headers.set('cache-control', cacheControl(scope, Math.max(1, Math.ceil((hit.expiresAt - Date.now()) / 1_000))));
            return;
          }
          headers.set(CACHE_STATUS_HEADER, 'miss');
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const complete = result?.data && !result.errors && (response.http.status ?? 200) === 200;
          const tags = new Set(contextValue.entityIds);
          if (complete) collectDataIds(result.data, tags);
          const stored = complete && options.store.set(key, result.data as Record<string, unknown>, tags, mark);
          settle?.(stored ? options.store.get(key) : undefined);
          headers.set('cache-control', stored ? cacheControl(scope, options.ttlSeconds) : UNCACHEABLE);
        },
      };
    },
  };
}
