import { EVENTS_MIGRATIONS } from '@plume/events';
import { CreateDeliveriesSchema1763900000100 } from './1763900000100-create-deliveries-schema';
import { AlignKnownCase1764000000100 } from './1764000000100-align-known-case';

/** Every migration of the deliveries database, in order. Listed explicitly so bundled builds find them. */
export const DELIVERIES_MIGRATIONS = [...EVENTS_MIGRATIONS, CreateDeliveriesSchema1763900000100, AlignKnownCase1764000000100];
