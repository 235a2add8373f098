import { KnownCaseEntity } from '@plume/case-projection';
import { createDataSource } from '@plume/database';
import { EVENTS_ENTITIES } from '@plume/events';
import { AdoptionEntity } from './adoptions/adoption.entity';
import { ConsentEntity } from './consents/consent.entity';
import { ErasureAuditEntity } from './erasure/erasure-audit.entity';
import { FeedbackRequestEntity } from './feedback/feedback-request.entity';
import { SUPPORTERS_MIGRATIONS } from './migrations';
import { SectionEntity } from './sections/section.entity';
import { SupporterEntity } from './supporters/supporter.entity';

export const SUPPORTERS_ENTITIES = [
  SectionEntity,
  SupporterEntity,
  ConsentEntity,
  AdoptionEntity,
  FeedbackRequestEntity,
  KnownCaseEntity,
  ErasureAuditEntity,
  ...EVENTS_ENTITIES,
];

export function createSupportersDataSource(settings: { url: string; poolSize: number }) {
  return createDataSource({
    url: settings.url,
    poolSize: settings.poolSize,
    applicationName: 'plume-supporters',
    entities: SUPPORTERS_ENTITIES,
    migrations: SUPPORTERS_MIGRATIONS,
  });
}
