import type { Principal } from '@plume/auth';

export interface GatewayContext {
  principal: Principal;
  /** The caller's Authorization header, forwarded as it came once verified. */
  authorization?: string;
  /** The client's address (rate limits; forwarded to subgraphs for abuse control); behind a proxy, configure Fastify's trustProxy. */
  clientAddress: string;
}
