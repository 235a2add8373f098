import { EVENTS_MIGRATIONS } from '@plume/events';
import { CreateActionsSchema1763600000300 } from './1763600000300-create-actions-schema';
import { AlignKnownCase1764000000100 } from './1764000000100-align-known-case';
import { CreateReportRollups1765000000200 } from './1765000000200-create-report-rollups';
import { PublicWriteControls1765000000300 } from './1765000000300-public-write-controls';

/** Every migration of the actions database, in order. Listed explicitly so bundled builds find them. */
export const ACTIONS_MIGRATIONS = [...EVENTS_MIGRATIONS, CreateActionsSchema1763600000300, AlignKnownCase1764000000100, CreateReportRollups1765000000200, PublicWriteControls1765000000300];
