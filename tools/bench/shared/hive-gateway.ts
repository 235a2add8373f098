import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { childProcessEnvironment } from '@plume/config';
import { freePort } from '@plume/testing';
import { startChildServer } from './child-server';

const ROOT = resolve(__dirname, '../../..');
const HIVE_GATEWAY_BIN = resolve(ROOT, 'node_modules/.bin/hive-gateway');
const SUPERGRAPH = resolve(ROOT, 'apps/gateway/src/supergraph.graphql');
const VERSION: string = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/@graphql-hive/gateway/package.json'), 'utf8')).version;

export interface HiveGatewayOptions {
  /** Where each subgraph answers, by subgraph name (overrides the routing URLs of the supergraph). */
  subgraphUrls: Record<string, string>;
  gatewayCredential: string;
}

export interface RunningHiveGateway {
  url: string;
  version: string;
  stop(): Promise<void>;
}

/**
 * Hive Gateway (`@graphql-hive/gateway`, its own CLI and defaults: one process, no response cache) on
 * Plume's supergraph, as the reference line of the case-page benchmark. Like Plume's gateway it adds
 * the gateway credential to every subgraph call (the subgraphs refuse calls without it) and forwards
 * the caller's token. Its configuration is written to a temporary file: it holds the credential.
 */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'plume-hive-gateway-'));
  const config = join(directory, 'gateway.config.mjs');
  const transportEntries = Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }]));
  writeFileSync(
    config,
    `export const gatewayConfig = {
  supergraph: ${JSON.stringify(SUPERGRAPH)},
  logging: 'warn',
  transportEntries: ${JSON.stringify(transportEntries)},
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      ${JSON.stringify(GATEWAY_CREDENTIAL_HEADER)}: ${JSON.stringify(options.gatewayCredential)},
      authorization: request.headers.get('authorization') ?? undefined,
    }),
  },
};
`,
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    const server = await startChildServer({
      name: 'Hive Gateway',
      command: HIVE_GATEWAY_BIN,
      args: ['supergraph', '-c', config, '-h', '127.0.0.1', '-p', String(port)],
      env: childProcessEnvironment({ NODE_ENV: 'production' }),
      readyUrl: `http://127.0.0.1:${port}/readiness`,
    });
    const stop = async () => {
      await server.stop();
      rmSync(directory, { recursive: true, force: true });
    };
    return { url, version: VERSION, stop };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}
