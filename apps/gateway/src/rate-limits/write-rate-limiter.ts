import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@plume/errors';
import { contactReference } from '@plume/privacy';
import type { GatewayContext } from '../gateway-context';
import { isPublicCaller } from '../public-callers';
import { publicWritesOf } from './public-writes';
import { WindowCounters } from './window-counters';

export interface WriteRateLimits {
  enabled: boolean;
  perAddress: { points: number; durationSeconds: number };
  perContact: { points: number; durationSeconds: number };
  /** Keys (addresses, people) each limit holds at most: the bound on the limits' memory. */
  maxTrackedKeys: number;
  contactReferenceSecret: string;
}

/**
 * Rate limits on the public writes of public callers (anonymous, section websites), checked once the
 * operation is parsed and before any subgraph is called: per client address (every field counts, aliases included) and per person (the contact
 * reference of the email, never the email itself). A refusal is `RATE_LIMITED`, HTTP 429 with
 * `Retry-After`. Counters live in this gateway process, bounded (see WindowCounters: under a peak past
 * `maxTrackedKeys` the limits loosen rather than the gateway running out of memory); a cluster of workers
 * multiplies the allowance by the number of workers; a shared store is the step after.
 */
export function writeRateLimiter(limits: WriteRateLimits): ApolloServerPlugin<GatewayContext> {
  const byAddress = new WindowCounters({ points: limits.perAddress.points, windowSeconds: limits.perAddress.durationSeconds, maxKeys: limits.maxTrackedKeys });
  const byContact = new WindowCounters({ points: limits.perContact.points, windowSeconds: limits.perContact.durationSeconds, maxKeys: limits.maxTrackedKeys });

  const consume = (limiter: WindowCounters, key: string, points: number) => {
    const consumption = limiter.consume(key, points);
    if (consumption.allowed) return;
    const retryAfter = Math.max(1, Math.ceil(consumption.msBeforeNext / 1_000));
    throw new GraphQLError(`Too many requests of this kind: try again in ${retryAfter} s.`, {
      extensions: { code: ErrorCode.RateLimited, retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
    });
  };

  return {
    async requestDidStart() {
      if (!limits.enabled) return;
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (!operation || !isPublicCaller(contextValue.principal)) return;
          const writes = publicWritesOf(operation, request.variables ?? {});
          if (writes.length === 0) return;
          consume(byAddress, contextValue.clientAddress, writes.length);
          const references = writes.flatMap((write) => (write.email ? [contactReference(write.email, limits.contactReferenceSecret)] : []));
          for (const reference of new Set(references)) {
            consume(byContact, reference, references.filter((candidate) => candidate === reference).length);
          }
        },
      };
    },
  };
}
