import 'reflect-metadata';
import { runService } from '@plume/server';
import { startDeliveriesService } from './app';
import { loadDeliveriesEnvironment } from './environment';

runService('deliveries', () => loadDeliveriesEnvironment(), startDeliveriesService);
