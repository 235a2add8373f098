import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** The case page a section website sends (the published operation, as the end-to-end test sends it). */
export const CASE_PAGE = readFileSync(resolve(ROOT, 'apps/gateway/operations/case-page.graphql'), 'utf8');

/** The same case fields, from the cases subgraph alone: what the gateway's join costs on top. */
export const CASES_ONLY = `query($slug: String!, $language: String) { case(slug: $slug) { id personName country status statusChangedOn
  summary(language: $language) story(language: $language) petitionText(language: $language) imageUrl moreInfoUrl
  campaigns { code name(language: $language) startsOn endsOn } targets { title name organisation address { street postalCode locality country } }
  letterTemplates(language: $language) { language subject body target { title } } updates(language: $language, first: 3) { publishedAt title } } }`;

export const CASE_PAGE_VARIABLES = { slug: 'khaled-drareni', language: 'fr' };

export interface Line {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface LoadSettings {
  seconds: number;
  connections: number;
  /** An unrecorded run first (JIT, connection pools, query plans, a cache's first miss); none by default. */
  warmupSeconds?: number;
}

const run = (url: string, query: string, headers: Record<string, string>, connections: number, duration: number) =>
  autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables: CASE_PAGE_VARIABLES }),
  });

/** Sends `query` (with the case page's variables) from `connections` connections for `seconds`. */
export async function measure(name: string, url: string, query: string, headers: Record<string, string>, load: LoadSettings): Promise<Line> {
  if (load.warmupSeconds) await run(url, query, headers, load.connections, load.warmupSeconds);
  const result = await run(url, query, headers, load.connections, load.seconds);
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** One call, refusing to measure errors: a benchmark of error answers measures nothing. */
export async function checkAnswers(name: string, url: string, query: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables: CASE_PAGE_VARIABLES }) });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${name} does not answer the case page (HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}): start Plume first (npm start).`);
}
