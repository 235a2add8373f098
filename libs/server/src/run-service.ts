import type { Logger } from 'pino';
import { createLogger } from './logger';
import { stopOnSignals } from './graceful-shutdown';
import type { RunningServer } from './subgraph-server';

/**
 * The `main` of every service: load the environment (a bad one stops here with a readable message),
 * start, and stop gracefully on SIGTERM/SIGINT.
 */
export function runService<Environment extends { LOG_LEVEL: string }>(
  name: string,
  loadEnvironment: () => Environment,
  start: (environment: Environment, logger: Logger) => Promise<RunningServer>,
): void {
  runScript(async () => {
    const environment = loadEnvironment();
    const logger = createLogger(name, environment.LOG_LEVEL);
    const server = await start(environment, logger);
    stopOnSignals(logger, server.stop);
  });
}

/** Runs a one-shot command (migrate, seed); a configuration error is printed as the human message it is. */
export function runScript(script: () => Promise<void>): void {
  script().catch((error: Error) => {
    console.error(error.name === 'ConfigurationError' ? error.message : error);
    process.exit(1);
  });
}
