import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { KafkaSettings } from '@plume/events';
import type { GatewayContext } from '../gateway-context';
import { invalidationFor } from './event-invalidation';
import { createInvalidationSubscription } from './invalidation-subscription';
import { withInvalidationWindow } from './invalidation-window';
import { responseCachePlugin } from './response-cache-plugin';
import { createResponseStore } from './response-store';

export interface ResponseCacheSettings extends KafkaSettings {
  RESPONSE_CACHE_ENABLED: boolean;
  RESPONSE_CACHE_TTL_SECONDS: number;
  RESPONSE_CACHE_MAX_ENTRIES: number;
  RESPONSE_CACHE_GROUP_PREFIX: string;
  RESPONSE_CACHE_INVALIDATION_WINDOW_MS: number;
  SUBGRAPH_TIMEOUT_MS: number;
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<GatewayContext>;
  /** For /ready (not critical): whether the cache hears the events that keep it true. */
  live(): boolean;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The gateway's response cache for public reads: a store per process, kept true by the events of
 * `plume.cases`, `plume.actions`, `plume.supporters` and `plume.deliveries` (see event-invalidation.ts)
 * and bounded by a short TTL for what no event announces or an event that comes late (a projection
 * still catching up, the broker down).
 */
export function createResponseCache(settings: ResponseCacheSettings, logger: Logger): ResponseCache {
  const store = withInvalidationWindow(createResponseStore({ ttlMs: settings.RESPONSE_CACHE_TTL_SECONDS * 1_000, maxEntries: settings.RESPONSE_CACHE_MAX_ENTRIES }), {
    windowMs: settings.RESPONSE_CACHE_INVALIDATION_WINDOW_MS,
  });
  const subscription = createInvalidationSubscription({
    kafka: settings,
    groupPrefix: settings.RESPONSE_CACHE_GROUP_PREFIX,
    logger,
    onJoined: () => store.clear(),
    onEvent(event) {
      const invalidation = invalidationFor(event);
      if (invalidation.kind === 'everything') store.clear();
      else if (invalidation.kind === 'entities') store.invalidate(invalidation.ids);
    },
  });
  const enabled = settings.RESPONSE_CACHE_ENABLED;
  const live = () => enabled && subscription.live();
  return {
    plugin: responseCachePlugin({ store, ttlSeconds: settings.RESPONSE_CACHE_TTL_SECONDS, waitLimitMs: settings.SUBGRAPH_TIMEOUT_MS, live }),
    live,
    start() {
      if (enabled) subscription.start();
    },
    stop: () => subscription.stop(),
  };
}
