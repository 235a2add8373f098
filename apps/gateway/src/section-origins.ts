import type { Logger } from 'pino';
import { GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';

export interface SectionOrigins {
  /** True for an origin listed by a section (or configured as extra); requests without Origin are not CORS. */
  isAllowed(origin: string): boolean;
  start(): Promise<void>;
  stop(): void;
}

interface SectionOriginsOptions {
  supportersUrl: string;
  gatewayCredential: string;
  extraOrigins: string[];
  refreshMs: number;
  logger: Logger;
}

const SECTIONS_QUERY = '{ sections { code websiteOrigins } }';

/**
 * The browser origins allowed to call the gateway: every section's `websiteOrigins` (owned by the
 * supporters subgraph, read with the gateway credential like any gateway call), refreshed periodically.
 * When the supporters subgraph cannot be reached, the last list read stays in force: a section website
 * never loses access because of a refresh that failed.
 */
export function createSectionOrigins(options: SectionOriginsOptions): SectionOrigins {
  let allowed = new Set(options.extraOrigins);
  let timer: NodeJS.Timeout | undefined;

  async function refresh(): Promise<void> {
    try {
      const response = await fetch(options.supportersUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: options.gatewayCredential },
        body: JSON.stringify({ query: SECTIONS_QUERY }),
        signal: AbortSignal.timeout(5_000),
      });
      const body = (await response.json()) as { data?: { sections: { websiteOrigins: string[] }[] } };
      if (!body.data) throw new Error(`the supporters service answered ${response.status} without sections`);
      allowed = new Set([...options.extraOrigins, ...body.data.sections.flatMap((section) => section.websiteOrigins)]);
    } catch (error) {
      options.logger.warn({ err: error }, 'could not refresh the sections’ website origins; keeping the last list');
    }
  }

  return {
    isAllowed: (origin) => allowed.has(origin),
    async start() {
      await refresh();
      timer = setInterval(() => void refresh(), options.refreshMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
