import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testEnvironment } from './test-environment';

const run = promisify(execFile);

export interface DedicatedPostgres {
  port: number;
  /** The URL of a database of this cluster (a service creates its database when missing). */
  url(database?: string): string;
  start(): Promise<void>;
  /** `fast`: a clean shutdown; `immediate`: every server process killed, crash recovery at the next start. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the cluster (if running) and deletes its files. */
  destroy(): Promise<void>;
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` OS user. */
async function clusterOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

/**
 * A second, throw-away PostgreSQL cluster (initdb in a temp dir, its own port and socket directory)
 * that a test may stop — cleanly or by killing it — and start again, without touching the shared one.
 * Binaries from TEST_POSTGRES_BIN (Debian's PostgreSQL 15 by default). Trust authentication, user postgres.
 */
export async function createDedicatedPostgres(port: number): Promise<DedicatedPostgres> {
  const home = await mkdtemp(join(tmpdir(), 'plume-pg-'));
  const owner = await clusterOwner();
  if (owner) await chown(home, owner.uid, owner.gid);
  const data = join(home, 'data');
  const bin = (name: string) => join(testEnvironment.TEST_POSTGRES_BIN, name);
  const pg = async (name: string, args: string[]) => {
    const [command, commandArgs] = owner ? ['runuser', ['-u', 'postgres', '--', bin(name), ...args]] : [bin(name), args];
    try {
      await run(command, commandArgs, { timeout: 120_000 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${name} ${args[0]} failed: ${(stderr || stdout || (error as Error).message).trim()}`);
    }
  };
  const serverOptions = [
    `-p ${port}`,
    `-k ${home}`,
    `-c listen_addresses=127.0.0.1`,
    // A test cluster: an immediate stop kills the processes, not the machine, so the OS still holds the WAL.
    `-c fsync=off`,
    `-c shared_buffers=32MB`,
    `-c max_connections=60`,
  ].join(' ');
  let running = false;

  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await pg('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '60']);
    running = false;
  };
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await pg('pg_ctl', ['start', '-D', data, '-o', serverOptions, '-l', join(home, 'postgres.log'), '-w', '-t', '60']);
      running = true;
    },
    stop,
    async destroy() {
      if (running) await stop('immediate').catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
}
