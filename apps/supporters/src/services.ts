import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createHumanCheck, type HumanCheck, type HumanCheckSettings } from '@plume/human-check';
import { AdoptionCommands } from './adoptions/adoption.commands';
import type { AdoptionEntity } from './adoptions/adoption.entity';
import { AdoptionQueries } from './adoptions/adoption.queries';
import type { ConsentEntity } from './consents/consent.entity';
import { ConsentService } from './consents/consent.service';
import { ErasureService } from './erasure/erasure.service';
import type { FeedbackRequestEntity } from './feedback/feedback-request.entity';
import { FeedbackRequestQueries } from './feedback/feedback-request.queries';
import type { SectionEntity } from './sections/section.entity';
import { SectionService } from './sections/section.service';
import { SupporterCommands } from './supporters/supporter.commands';
import type { SupporterEntity } from './supporters/supporter.entity';
import { SupporterQueries } from './supporters/supporter.queries';
import { SupporterRegistration } from './supporters/supporter-registration';

/** Long-lived services, built once per process. */
export interface SupportersServices {
  dataSource: DataSource;
  sections: SectionService;
  consents: ConsentService;
  registration: SupporterRegistration;
  supporterQueries: SupporterQueries;
  supporterCommands: SupporterCommands;
  adoptionQueries: AdoptionQueries;
  adoptionCommands: AdoptionCommands;
  feedbackRequests: FeedbackRequestQueries;
  erasure: ErasureService;
  /** The captcha check of sign-ups from section websites, for the sections that ask for it. */
  humanCheck: HumanCheck;
}

/** Per-request batching: a page of 20 supporters asks for their consents and adoptions in one query each. */
export interface SupportersLoaders {
  section: DataLoader<string, SectionEntity | null>;
  supporterCount: DataLoader<string, number>;
  supporter: DataLoader<string, SupporterEntity | null>;
  consentsOf: DataLoader<string, ConsentEntity[]>;
  adoption: DataLoader<string, AdoptionEntity | null>;
  adoptionsOf: DataLoader<string, AdoptionEntity[]>;
  adopterCount: DataLoader<string, number>;
  feedbackRequestsOf: DataLoader<string, FeedbackRequestEntity[]>;
}

export function createSupportersServices(dataSource: DataSource, settings: { contactReferenceSecret: string; humanCheck?: HumanCheckSettings }): SupportersServices {
  const consents = new ConsentService(dataSource);
  return {
    dataSource,
    sections: new SectionService(dataSource),
    consents,
    registration: new SupporterRegistration(dataSource, consents, settings.contactReferenceSecret),
    supporterQueries: new SupporterQueries(dataSource),
    supporterCommands: new SupporterCommands(dataSource, consents, settings.contactReferenceSecret),
    adoptionQueries: new AdoptionQueries(dataSource),
    adoptionCommands: new AdoptionCommands(dataSource),
    feedbackRequests: new FeedbackRequestQueries(dataSource),
    erasure: new ErasureService(dataSource),
    humanCheck: createHumanCheck(settings.humanCheck ?? { HUMAN_CHECK_SECTIONS: [] }),
  };
}

export function createSupportersLoaders(services: SupportersServices): SupportersLoaders {
  return {
    section: new DataLoader((codes) => services.sections.byCodes(codes)),
    supporterCount: new DataLoader((codes) => services.sections.supporterCounts(codes)),
    supporter: new DataLoader((ids) => services.supporterQueries.byIds(ids)),
    consentsOf: new DataLoader((ids) => services.consents.currentOf(ids)),
    adoption: new DataLoader((ids) => services.adoptionQueries.byIds(ids)),
    adoptionsOf: new DataLoader((ids) => services.adoptionQueries.ofSupporters(ids)),
    adopterCount: new DataLoader((ids) => services.adoptionQueries.activeCounts(ids)),
    feedbackRequestsOf: new DataLoader((ids) => services.feedbackRequests.ofAdoptions(ids)),
  };
}
