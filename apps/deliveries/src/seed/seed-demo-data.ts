import type { DataSource } from 'typeorm';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { planDeliveryInput, recordHandoverInput } from '../deliveries/delivery.input';
import { EmbassyEntity } from '../embassies/embassy.entity';
import { createEmbassyInput } from '../embassies/embassy.input';
import { createDeliveriesServices } from '../services';
import { DEMO_DELIVERIES, DEMO_EMBASSIES, DEMO_EMBASSY_NOTE, type DemoDelivery } from './demo-data';

export interface SeedReport {
  embassiesCreated: string[];
  deliveriesCreated: string[];
  /** Demo deliveries (`slug/section`) whose case the projection does not know (yet). */
  deliveriesSkipped: string[];
}

/** The staff member the demo deliveries are recorded by (a token subject, like any other). */
const DEMO_STAFF = 'demo-seed';

/**
 * Loads the demo embassies and deliveries through the same services as the API (so the demo also fills
 * the outbox with real events). Idempotent: an embassy already in the directory, or a case that already
 * has deliveries of that section, is left alone. `caseIdOf` finds a demo case in the case projection.
 */
export async function seedDemoData(dataSource: DataSource, caseIdOf: (slug: string) => Promise<string | null>): Promise<SeedReport> {
  const services = createDeliveriesServices(dataSource);
  const report: SeedReport = { embassiesCreated: [], deliveriesCreated: [], deliveriesSkipped: [] };
  const embassies = dataSource.getRepository(EmbassyEntity);

  for (const embassy of DEMO_EMBASSIES) {
    if (await embassies.existsBy({ representedCountry: embassy.representedCountry, hostCountry: embassy.hostCountry, city: embassy.city })) continue;
    await services.embassies.create(createEmbassyInput.parse({ ...embassy, notes: DEMO_EMBASSY_NOTE }));
    report.embassiesCreated.push(`${embassy.representedCountry}@${embassy.city}`);
  }

  for (const demo of DEMO_DELIVERIES) {
    const caseId = await caseIdOf(demo.caseSlug);
    if (!caseId) {
      report.deliveriesSkipped.push(`${demo.caseSlug}/${demo.section}`);
      continue;
    }
    if (await dataSource.getRepository(DeliveryEntity).existsBy({ caseId, section: demo.section })) continue;
    await seedDelivery(services, caseId, demo);
    report.deliveriesCreated.push(`${demo.caseSlug}/${demo.section}`);
  }
  return report;
}

async function seedDelivery(services: ReturnType<typeof createDeliveriesServices>, caseId: string, demo: DemoDelivery): Promise<void> {
  const [knownCase] = await services.knownCases.byIds([caseId]);
  const embassy = (await services.embassies.list({ representedCountry: knownCase?.country })).find((candidate) => candidate.city === demo.city);
  if (!embassy) throw new Error(`no demo embassy for ${demo.caseSlug} in ${demo.city}`);
  const caller = { subject: DEMO_STAFF, section: demo.section };
  const { delivery } = await services.planning.plan(
    caller,
    planDeliveryInput.parse({ caseId, embassyId: embassy.id, plannedFor: demo.plannedFor, notes: demo.notes }),
  );
  if (!demo.handedOver) return;
  const handover = recordHandoverInput.parse({
    deliveryId: delivery.id,
    deliveredAt: demo.handedOver.deliveredAt,
    cutoffAt: demo.handedOver.cutoffAt,
    receivedBy: { title: demo.handedOver.receivedByTitle },
  });
  await services.handover.recordFromArchive(caller, { ...handover, counts: demo.handedOver.counts });
}
