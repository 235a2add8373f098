import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEventPublisher, createKafka, DeliveryCompleted, type EventData, type EventPublisher } from '@plume/events';
import { testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import { ADMIN, startCasesTestService, type CasesTestService } from '../test-support/cases-test-service';

const UPDATES = `query($id: ID!, $language: String) { case(id: $id) { updates(language: $language) { language title body publishedAt } } }`;

interface Updates {
  case: { updates: { language: string; title: string; body: string; publishedAt: string }[] };
}

/** The deliveries subgraph's delivery.completed, played on the real plume.deliveries topic. */
describe('handovers become public case updates (real plume.deliveries events)', () => {
  let service: CasesTestService;
  let publisher: EventPublisher;
  let caseId: string;

  beforeAll(async () => {
    service = await startCasesTestService('cases_delivery_updates', {
      DELIVERY_UPDATES_ENABLED: 'true',
      DELIVERY_UPDATES_GROUP_ID: uniqueName('cases-delivery-updates'),
    });
    publisher = await createEventPublisher(createKafka(await testKafkaConnection('deliveries-play'), testLogger()));
    await service.call(
      `mutation { createCampaign(input: { code: "IAR-HANDOVER", kind: INDIVIDUAL_AT_RISK, names: [{ language: "fr", text: "Agir" }], startsOn: "2016-01-01", status: ACTIVE }) { code } }`,
      {},
      ADMIN,
    );
    const created = await service.call<{ createCase: { id: string } }>(
      `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      {
        input: {
          slug: 'teodora-del-carmen-vasquez',
          personName: 'Teodora del Carmen Vásquez',
          country: 'SV',
          themes: ['womens-rights'],
          defaultLanguage: 'fr',
          summary: [{ language: 'fr', text: 'Condamnée à 30 ans de prison.' }, { language: 'en', text: 'Sentenced to 30 years in prison.' }],
          story: [{ language: 'fr', text: 'Son histoire.' }],
          petitionText: [{ language: 'fr', text: 'Libérez Teodora.' }],
          campaignCodes: ['IAR-HANDOVER'],
          published: true,
        },
      },
      ADMIN,
    );
    expect(created.errors).toBeUndefined();
    caseId = created.data!.createCase.id;
  });
  afterAll(async () => {
    await publisher?.stop();
    await service?.stop();
  });

  const handover = (forCase: string): EventData<typeof DeliveryCompleted> => ({
    deliveryId: randomUUID(),
    caseId: forCase,
    section: 'BE-FR',
    embassy: { embassyId: randomUUID(), representedCountry: 'SV', hostCountry: 'BE', city: 'Bruxelles', cityNames: { en: 'Brussels' } },
    deliveredAt: '2017-12-08T10:30:00.000Z',
    cutoffAt: '2017-12-07T18:00:00.000Z',
    counts: { onlineSignatures: 2_000, paperSignatures: 450, letters: 12 },
  });

  it("announces a handover once, in the case's languages, however often the event comes", async () => {
    const data = handover(caseId);
    const [sent] = await publisher.publish(DeliveryCompleted, [{ aggregateId: data.deliveryId, data }]);
    // The same event again (same ce_id), then a handover of a case this database does not have, on the same
    // key: it lands behind the duplicate on the same partition, so once it is processed, the duplicate was too.
    const stranger = handover(randomUUID());
    const [, marker] = await publisher.publish(DeliveryCompleted, [
      { aggregateId: data.deliveryId, data, id: sent.id },
      { aggregateId: data.deliveryId, data: stranger },
    ]);
    await waitFor('the marker event processed', async () => (await queryCases(service, `SELECT 1 FROM processed_event WHERE event_id = $1`, [marker.id])).length === 1);

    const french = await service.call<Updates>(UPDATES, { id: caseId, language: 'fr' });
    expect(french.data!.case.updates).toHaveLength(1);
    const [update] = french.data!.case.updates;
    expect(update.language).toBe('fr');
    expect(update.title.replace(/\u202f|\u00a0/g, ' ')).toBe("Pétition de 2 450 signatures remise à l'ambassade à Bruxelles");
    expect(update.publishedAt).toBe('2017-12-08T10:30:00.000Z');
    const english = await service.call<Updates>(UPDATES, { id: caseId, language: 'en' });
    expect(english.data!.case.updates[0].title).toBe('Petition with 2,450 signatures handed to the embassy in Brussels');
    expect(english.data!.case.updates[0].body).toContain('2,000 online, 450 on paper) and 12 letters');
    const [{ announced }] = await queryCases<{ announced: number }>(
      service,
      `SELECT count(*)::int AS announced FROM outbox WHERE event_type = 'org.plume.case.update-published.v1' AND aggregate_id = $1`,
      [caseId],
    );
    expect(announced).toBe(1);
  });
});

async function queryCases<Row = Record<string, unknown>>(service: CasesTestService, text: string, params: unknown[]): Promise<Row[]> {
  const client = new Client({ connectionString: service.database.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
