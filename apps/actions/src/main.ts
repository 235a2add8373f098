import 'reflect-metadata';
import { runService } from '@plume/server';
import { startActionsService } from './app';
import { loadActionsEnvironment } from './environment';

runService('actions', () => loadActionsEnvironment(), startActionsService);
