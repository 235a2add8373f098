import type { Principal } from '@plume/auth';

export interface GatewayContext {
  principal: Principal;
  /** The caller's Authorization header, forwarded as it came once verified. */
  authorization?: string;
  /** The client's address (rate limits; forwarded to subgraphs for abuse control); behind a proxy, configure Fastify's trustProxy. */
  clientAddress: string;
  /**
   * The ids of the entities the gateway asked subgraphs about for this request (the `representations`
   * of entity fetches): the response cache tags an answer with them, so that an event about one of
   * them drops it.
   */
  entityIds?: Set<string>;
}
