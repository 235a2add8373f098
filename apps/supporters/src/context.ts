import type { RequestContext } from '@plume/server';
import type { SupportersLoaders, SupportersServices } from './services';

export interface SupportersContext extends RequestContext, SupportersServices {
  loaders: SupportersLoaders;
}
