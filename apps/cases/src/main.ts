import 'reflect-metadata';
import { runService } from '@plume/server';
import { startCasesService } from './app';
import { loadCasesEnvironment } from './environment';

runService('cases', () => loadCasesEnvironment(), startCasesService);
