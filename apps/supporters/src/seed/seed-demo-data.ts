import type { DataSource } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { AdoptionEntity } from '../adoptions/adoption.entity';
import { adoptCaseInput } from '../adoptions/adoption.input';
import { saveSectionInput } from '../sections/section.input';
import { createSupportersServices } from '../services';
import { registerSupporterInput } from '../supporters/supporter.input';
import { DEMO_CONSENT_TEXT_VERSION, DEMO_SECTIONS, DEMO_SUPPORTERS } from './demo-data';

export interface SeedReport {
  sections: string[];
  supporters: number;
  adoptionsCreated: string[];
  /** Slugs the projection of plume.cases does not know (yet), or knows as released or closed. */
  casesNotAdoptable: string[];
}

/**
 * Loads the demo sections and supporters through the same services as the API (so the outbox gets
 * real events), idempotently: sections are upserted, registration de-duplicates by contact reference,
 * an adoption that exists is left alone.
 *
 * Cases live in another database, so a demo supporter's case is found by slug in the local projection
 * of plume.cases. A case the projection does not know yet (the cases subgraph not seeded, or its events
 * not consumed yet) is skipped and reported; the next run of the seed adopts it.
 */
export async function seedDemoData(dataSource: DataSource, contactReferenceSecret: string): Promise<SeedReport> {
  const services = createSupportersServices(dataSource, { contactReferenceSecret });
  const report: SeedReport = { sections: [], supporters: 0, adoptionsCreated: [], casesNotAdoptable: [] };

  for (const section of DEMO_SECTIONS) {
    await services.sections.save(saveSectionInput.parse(section));
    report.sections.push(section.code);
  }

  // Newest first: on a developer machine, test runs publish cases with the demo slugs too.
  const knownCases = await dataSource.getRepository(KnownCaseEntity).find({ order: { updatedAt: 'DESC' } });
  for (const demo of DEMO_SUPPORTERS) {
    const { supporterId } = await services.registration.register(
      demo.section,
      'WEBSITE',
      registerSupporterInput.parse({
        ...demo,
        consentTextVersion: DEMO_CONSENT_TEXT_VERSION,
        consents: [
          { purpose: 'EMAIL_CONTACT', granted: true },
          { purpose: 'POSTAL_MAIL', granted: true },
        ],
      }),
    );
    report.supporters += 1;
    for (const slug of demo.adopts) {
      const known = knownCases.find((c) => c.slug === slug);
      if (!known || known.status !== 'ACTIVE') {
        if (!report.casesNotAdoptable.includes(slug)) report.casesNotAdoptable.push(slug);
        continue;
      }
      if (await dataSource.getRepository(AdoptionEntity).existsBy({ supporterId, caseId: known.caseId, status: 'ACTIVE' })) continue;
      await services.adoptionCommands.adopt(demo.section, adoptCaseInput.parse({ supporterId, caseId: known.caseId }));
      report.adoptionsCreated.push(slug);
    }
  }
  return report;
}

/** The slugs the demo supporters act for (the seed waits a little for the projection to know them). */
export const DEMO_CASE_SLUGS = [...new Set(DEMO_SUPPORTERS.flatMap((supporter) => supporter.adopts))];
