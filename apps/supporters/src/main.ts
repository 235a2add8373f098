import 'reflect-metadata';
import { runService } from '@plume/server';
import { startSupportersService } from './app';
import { loadSupportersEnvironment } from './environment';

runService('supporters', () => loadSupportersEnvironment(), startSupportersService);
