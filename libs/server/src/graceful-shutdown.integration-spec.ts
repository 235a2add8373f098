import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { childProcessEnvironment } from '@plume/config';
import { createTestDatabase, freePort, subgraphCaller, waitFor, type TestDatabase } from '@plume/testing';
import { HELD_REQUEST_LOCK } from './test-support/held-request-subgraph';

const ROOT = resolve(__dirname, '../../..');
const SETTINGS = {
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
  JWT_ISSUER: 'plume',
  JWT_AUDIENCE: 'plume',
  GATEWAY_CREDENTIAL: 'test-gateway-credential-0123456789',
};

/**
 * SIGTERM while a request is in flight: the subgraph stops taking connections, finishes the request
 * (its answer is complete), then exits 0 at once. A real process (NODE_ENV=development, as services
 * run), a real PostgreSQL transaction holding the request until the test lets it go, a keep-alive caller.
 */
describe('graceful shutdown of a subgraph on SIGTERM', () => {
  let database: TestDatabase;
  let lockHolder: Client;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    database = await createTestDatabase('graceful_shutdown');
    lockHolder = new Client({ connectionString: database.url });
    await lockHolder.connect();
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await lockHolder?.end();
    await database?.drop();
  });

  it('finishes the request in flight before it exits', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const running = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'test-support/held-request-subgraph.ts')], {
      cwd: ROOT,
      env: childProcessEnvironment({ ...SETTINGS, NODE_ENV: 'development', PORT: String(port), DATABASE_URL: database.url, LOG_LEVEL: 'info', TSX_TSCONFIG_PATH: 'tsconfig.base.json' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = running;
    running.stdout!.on('data', (chunk) => (output += chunk));
    running.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => running.once('exit', (code) => done(code)));
    await waitFor(`the subgraph to be ready (output: ${output.slice(-500)})`, async () => (await fetch(`${origin}/ready`).catch(() => undefined))?.status === 200, 60_000, 100);

    await lockHolder.query('SELECT pg_advisory_lock($1)', [HELD_REQUEST_LOCK]);
    const answer = subgraphCaller(`${origin}/graphql`, SETTINGS)<{ held: string }>('{ held }');
    const waitingOnLock = async () =>
      (
        await lockHolder.query(
          `SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
        )
      ).rowCount === 1;
    await waitFor('the request to be in flight (waiting for the lock)', waitingOnLock, 15_000);

    running.kill('SIGTERM');
    await waitFor('the subgraph to stop accepting connections', async () => (await fetch(`${origin}/health`).then(() => false, () => true)), 15_000);
    expect(running.exitCode).toBeNull(); // still finishing the request
    expect(await waitingOnLock()).toBe(true);

    await lockHolder.query('SELECT pg_advisory_unlock($1)', [HELD_REQUEST_LOCK]);
    const releasedAt = Date.now();
    const response = await answer;
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ held: 'finished' });
    await exited;
    // At once: the caller's keep-alive connection does not hold the exit until the drain's 10 s cut-off.
    expect(Date.now() - releasedAt).toBeLessThan(5_000);
    // The process's last words come along, so a failure says why it did not exit cleanly.
    expect({ exitCode: await exited, lastOutput: output.slice(-1_500) }).toMatchObject({ exitCode: 0, lastOutput: expect.stringContaining('stopped cleanly') });
  }, 120_000);
});
