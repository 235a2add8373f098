import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '@plume/errors';
import { contactReference } from '@plume/privacy';
import type { GatewayContext } from '../gateway-context';
import { isPublicCaller } from '../public-callers';
import { publicWritesOf } from './public-writes';

export interface WriteRateLimits {
  enabled: boolean;
  perAddress: { points: number; durationSeconds: number };
  perContact: { points: number; durationSeconds: number };
  contactReferenceSecret: string;
}

/**
 * Rate limits on the public writes of public callers (anonymous, section websites), checked once the
 * operation is parsed and before any subgraph is called: per client address (every field counts, aliases included) and per person (the contact
 * reference of the email, never the email itself). A refusal is `RATE_LIMITED`, HTTP 429 with
 * `Retry-After`. Counters live in this gateway process (a cluster of workers multiplies the allowance by
 * the number of workers; a shared store is the step after).
 */
export function writeRateLimiter(limits: WriteRateLimits): ApolloServerPlugin<GatewayContext> {
  const byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.perAddress.points, duration: limits.perAddress.durationSeconds });
  const byContact = new RateLimiterMemory({ keyPrefix: 'contact', points: limits.perContact.points, duration: limits.perContact.durationSeconds });

  const consume = async (limiter: RateLimiterMemory, key: string, points: number) => {
    try {
      await limiter.consume(key, points);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1_000));
      throw new GraphQLError(`Too many requests of this kind: try again in ${retryAfter} s.`, {
        extensions: { code: ErrorCode.RateLimited, retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
      });
    }
  };

  return {
    async requestDidStart() {
      if (!limits.enabled) return;
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (!operation || !isPublicCaller(contextValue.principal)) return;
          const writes = publicWritesOf(operation, request.variables ?? {});
          if (writes.length === 0) return;
          await consume(byAddress, contextValue.clientAddress, writes.length);
          const references = writes.flatMap((write) => (write.email ? [contactReference(write.email, limits.contactReferenceSecret)] : []));
          for (const reference of new Set(references)) {
            await consume(byContact, reference, references.filter((candidate) => candidate === reference).length);
          }
        },
      };
    },
  };
}
