import autocannon from 'autocannon';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { authEnvironment, loadEnvironment, z } from '@plume/config';

/**
 * Benchmark 1 of issue 8 (first part): the case page a section website sends, through the gateway
 * (four subgraphs), against the same case fields read from the cases subgraph alone (the gateway's
 * overhead), side by side in one run. Needs `npm start` running.
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/bench/case-page-read.ts [--seconds 10] [--connections 32]
 */
const ROOT = resolve(__dirname, '../..');
const settings = loadEnvironment('bench', z.object({ GATEWAY_CREDENTIAL: authEnvironment.GATEWAY_CREDENTIAL }));
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const seconds = argument('seconds', 10);
const connections = argument('connections', 32);

const CASE_PAGE = readFileSync(resolve(ROOT, 'apps/gateway/operations/case-page.graphql'), 'utf8');
const CASES_ONLY = `query($slug: String!, $language: String) { case(slug: $slug) { id personName country status statusChangedOn
  summary(language: $language) story(language: $language) petitionText(language: $language) imageUrl moreInfoUrl
  campaigns { code name(language: $language) startsOn endsOn } targets { title name organisation address { street postalCode locality country } }
  letterTemplates(language: $language) { language subject body target { title } } updates(language: $language, first: 3) { publishedAt title } } }`;
const variables = { slug: 'khaled-drareni', language: 'fr' };

interface Line {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

async function measure(name: string, url: string, query: string, headers: Record<string, string> = {}): Promise<Line> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const check = await fetch('http://127.0.0.1:4000/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CASE_PAGE, variables }) });
  const body = (await check.json()) as { errors?: unknown };
  if (!check.ok || body.errors) throw new Error('The gateway does not answer the case page: start Plume first (npm start).');

  const lines = [
    await measure('case page through the gateway (4 subgraphs)', 'http://127.0.0.1:4000/graphql', CASE_PAGE),
    await measure('case fields from the cases subgraph alone', 'http://127.0.0.1:4001/graphql', CASES_ONLY, { [GATEWAY_CREDENTIAL_HEADER]: settings.GATEWAY_CREDENTIAL }),
  ];
  console.table(lines);
  console.log(`gateway / cases alone: ${(lines[0].requestsPerSecond / lines[1].requestsPerSecond).toFixed(2)} of the throughput (${connections} connections, ${seconds} s each)`);
  mkdirSync(resolve(__dirname, 'results'), { recursive: true });
  const file = resolve(__dirname, 'results', `case-page-read-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), connections, seconds, lines }, null, 2)}\n`);
  console.log(`saved ${file}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
