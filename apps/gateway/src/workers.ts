import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { stopOnSignals } from '@plume/server';

/** A dead worker is replaced after this delay: a worker that crashes at start must not make the primary spin. */
const RESTART_DELAY_MS = 1_000;

/**
 * The primary process of a gateway run as `count` workers (node:cluster): the workers share the port,
 * each with its own query-plan and response caches and its own event subscription. A worker that dies
 * is replaced; SIGTERM/SIGINT stop the workers, each draining its requests.
 */
export function superviseWorkers(count: number, logger: Logger): void {
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) return;
    logger.warn({ worker: worker.process.pid, code, signal }, 'gateway worker exited: starting another');
    setTimeout(fork, RESTART_DELAY_MS).unref();
  });
  for (let i = 0; i < count; i++) fork();
  logger.info({ workers: count }, 'gateway workers started');

  stopOnSignals(logger, async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done) => {
            worker.once('exit', () => done());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  });
}
