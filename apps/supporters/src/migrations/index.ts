import { EVENTS_MIGRATIONS } from '@plume/events';
import { CreateSupportersSchema1763700000100 } from './1763700000100-create-supporters-schema';
import { AlignKnownCase1764000000100 } from './1764000000100-align-known-case';

/** Every migration of the supporters database, in order. Listed explicitly so bundled builds find them. */
export const SUPPORTERS_MIGRATIONS = [...EVENTS_MIGRATIONS, CreateSupportersSchema1763700000100, AlignKnownCase1764000000100];
