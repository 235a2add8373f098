import { EVENTS_MIGRATIONS } from '@plume/events';
import { CreateCasesSchema1763600000100 } from './1763600000100-create-cases-schema';

/** Every migration of the cases database, in order. Listed explicitly so bundled builds find them. */
export const CASES_MIGRATIONS = [...EVENTS_MIGRATIONS, CreateCasesSchema1763600000100];
