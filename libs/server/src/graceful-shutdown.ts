import type { Logger } from 'pino';

/**
 * Stops the process cleanly on SIGTERM/SIGINT: `stop` drains requests, stops consumers and the relay,
 * closes pools. A second signal, or a stop that hangs past the deadline, exits at once.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>, deadlineMs = 15_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    stop().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
