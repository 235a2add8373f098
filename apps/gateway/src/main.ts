import cluster from 'node:cluster';
import { createLogger, runScript, runService } from '@plume/server';
import { startGateway } from './app';
import { loadGatewayEnvironment } from './environment';
import { superviseWorkers } from './workers';

runScript(async () => {
  const environment = loadGatewayEnvironment();
  if (environment.GATEWAY_WORKERS > 1 && cluster.isPrimary) superviseWorkers(environment.GATEWAY_WORKERS, createLogger('gateway', environment.LOG_LEVEL));
  else runService('gateway', () => environment, startGateway);
});
