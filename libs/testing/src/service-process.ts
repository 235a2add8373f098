import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { childProcessEnvironment } from '@plume/config';
import { waitFor } from './wait-for';

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServiceProcess {
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** SIGTERM and wait for the exit (graceful shutdown). */
  stop(): Promise<void>;
  /** SIGKILL: the service dies as in a crash. */
  kill(): Promise<void>;
}

/**
 * Runs a built service (`node [nodeOptions] dist/...`) as a child process and waits until `readyUrl`
 * answers 200.
 */
export async function startServiceProcess(script: string, env: Record<string, string>, readyUrl: string, timeoutMs = 60_000, nodeOptions: string[] = []): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, script], { env: childProcessEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    await waitFor(`${script} to be ready`, async () => {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output.slice(-2000)}`);
      const response = await fetch(readyUrl).catch(() => undefined);
      return response?.status === 200;
    }, timeoutMs, 100);
  } catch (error) {
    await end('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- output ---\n${output.slice(-3000)}`);
  }
  return { output: () => output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** Runs a one-shot built script (a migration, a seed) to completion and returns what it printed. */
export function runNodeScript(script: string, env: Record<string, string>, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script], { env: childProcessEnvironment(env), timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${script} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}
