import { KnownCaseEntity } from '@plume/case-projection';
import { createDataSource } from '@plume/database';
import { EVENTS_ENTITIES } from '@plume/events';
import { DeliveryStatusChangeEntity } from './deliveries/delivery-status-change.entity';
import { DeliveryEntity } from './deliveries/delivery.entity';
import { EmbassyEntity } from './embassies/embassy.entity';
import { DELIVERIES_MIGRATIONS } from './migrations';
import { CollectedActionEntity } from './tally/collected-action.entity';

export const DELIVERIES_ENTITIES = [
  EmbassyEntity,
  KnownCaseEntity,
  DeliveryEntity,
  DeliveryStatusChangeEntity,
  CollectedActionEntity,
  ...EVENTS_ENTITIES,
];

export function createDeliveriesDataSource(settings: { url: string; poolSize: number }) {
  return createDataSource({
    url: settings.url,
    poolSize: settings.poolSize,
    applicationName: 'plume-deliveries',
    entities: DELIVERIES_ENTITIES,
    migrations: DELIVERIES_MIGRATIONS,
  });
}
