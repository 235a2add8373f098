import type { RequestContext } from '@plume/server';
import type { DeliveriesLoaders, DeliveriesServices } from './services';

export interface DeliveriesContext extends RequestContext, DeliveriesServices {
  loaders: DeliveriesLoaders;
}
