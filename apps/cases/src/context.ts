import type { RequestContext } from '@plume/server';
import type { CasesServices } from './services';

export interface CasesContext extends RequestContext, CasesServices {}
