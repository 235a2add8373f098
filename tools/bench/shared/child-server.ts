import { spawn } from 'node:child_process';

export interface ChildServerOptions {
  /** For messages: what this server is. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Answers 2xx once the server takes requests. */
  readyUrl: string;
  readyWithinMs?: number;
}

export interface RunningChildServer {
  pid: number;
  stop(): Promise<void>;
}

/**
 * A reference server of a benchmark in its own process (so its CPU is its own and the load generator
 * does not share its event loop): started, then polled until it answers, within a deadline; its output
 * is kept only to explain a failed start.
 */
export async function startChildServer(options: ChildServerOptions): Promise<RunningChildServer> {
  const child = spawn(options.command, options.args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const readyWithinMs = options.readyWithinMs ?? 60_000;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited with ${child.exitCode}: ${output.slice(-2_000)}`);
    const ready = await fetch(options.readyUrl).then((response) => response.ok, () => false);
    if (ready) return { pid: child.pid as number, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} was not ready within ${readyWithinMs / 1000} s: ${output.slice(-2_000)}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
}
