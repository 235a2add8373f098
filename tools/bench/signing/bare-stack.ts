import { resolve } from 'node:path';
import { childProcessEnvironment } from '@plume/config';
import { SERVICE_NODE_OPTIONS } from '@plume/service-catalog';
import { freePort } from '@plume/testing';
import { startChildServer, type RunningChildServer } from '../shared/child-server';

const ROOT = resolve(__dirname, '../../..');
const SERVER = resolve(__dirname, 'bare-stack-server.ts');

export interface BareStack {
  gatewayUrl: string;
  /** By process, for the CPU meter. */
  pids: { 'bare gateway': number; 'bare subgraph': number };
  stop(): Promise<void>;
}

/** Starts one server of the bare stack as Plume's launchers start a service (its heap cap), through tsx. */
function startBareServer(role: 'subgraph' | 'gateway', port: number, extraArgs: string[] = []): Promise<RunningChildServer> {
  return startChildServer({
    name: `the bare ${role}`,
    command: process.execPath,
    args: [...SERVICE_NODE_OPTIONS, '--import', 'tsx', SERVER, role, '--port', String(port), ...extraArgs],
    env: childProcessEnvironment({ TSX_TSCONFIG_PATH: resolve(ROOT, 'tsconfig.base.json'), NODE_ENV: 'production' }),
    readyUrl: `http://127.0.0.1:${port}/ready`,
  });
}

/**
 * The signing benchmark's second reference: the fixed stack (@apollo/gateway in front of an
 * @apollo/subgraph server, Plume's HTTP layer and subgraph fetcher) answering the same `signPetition`
 * document with constants. What it reaches on this machine is the most any signing through this stack
 * could reach before doing any work: the ceiling that the pgbench floor's ratio must be read against.
 */
export async function startBareStack(): Promise<BareStack> {
  const subgraphPort = await freePort();
  const gatewayPort = await freePort();
  const subgraph = await startBareServer('subgraph', subgraphPort);
  try {
    const gateway = await startBareServer('gateway', gatewayPort, ['--subgraph', `http://127.0.0.1:${subgraphPort}/graphql`]);
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      pids: { 'bare gateway': gateway.pid, 'bare subgraph': subgraph.pid },
      stop: async () => {
        await gateway.stop();
        await subgraph.stop();
      },
    };
  } catch (error) {
    await subgraph.stop();
    throw error;
  }
}
