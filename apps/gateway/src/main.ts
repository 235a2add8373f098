import { runService } from '@plume/server';
import { startGateway } from './app';
import { loadGatewayEnvironment } from './environment';

runService('gateway', () => loadGatewayEnvironment(), startGateway);
