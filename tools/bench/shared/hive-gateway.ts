import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GATEWAY_CREDENTIAL_HEADER } from '@plume/auth';
import { childProcessEnvironment } from '@plume/config';
import { freePort } from '@plume/testing';

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
  const child = spawn(HIVE_GATEWAY_BIN, ['supergraph', '-c', config, '-h', '127.0.0.1', '-p', String(port)], {
    env: childProcessEnvironment({ NODE_ENV: 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited with ${child.exitCode}: ${output.slice(-2_000)}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readiness`).then((response) => response.ok, () => false);
    if (ready) return { url, version: VERSION, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Hive Gateway was not ready within 60 s: ${output.slice(-2_000)}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
}
