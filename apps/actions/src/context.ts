import type { RequestContext } from '@plume/server';
import type { ActionsServices } from './services';

export interface ActionsContext extends RequestContext, ActionsServices {}
