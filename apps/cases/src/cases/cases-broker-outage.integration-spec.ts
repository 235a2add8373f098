import { createKafka, startEventReader, Topic } from '@plume/events';
import { createDedicatedBroker, TEST_TOPIC_PREFIX, testLogger, uniqueName, waitFor, type DedicatedBroker } from '@plume/testing';
import { ADMIN, startCasesTestService, type CasesTestService } from '../test-support/cases-test-service';

interface Readiness {
  status: number;
  checks: Record<string, string>;
}

/**
 * The cases service on its own throw-away broker, which the test really stops: /ready reports the
 * Kafka producer down but stays 200 (in rotation) while an admin's mutation still succeeds; once the
 * broker is back the producer is up again and the event reaches the topic.
 */
describe('cases service while Kafka is down', () => {
  let broker: DedicatedBroker;
  let service: CasesTestService;

  beforeAll(async () => {
    broker = await createDedicatedBroker(29192);
    await broker.start();
    service = await startCasesTestService('cases_outage', { KAFKA_BROKERS: broker.brokers.join(',') });
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await broker?.destroy();
  }, 60_000);

  const readiness = async (): Promise<Readiness> => {
    const response = await fetch(service.server.url.replace('/graphql', '/ready'));
    return { status: response.status, ...((await response.json()) as { checks: Record<string, string> }) };
  };

  it('reports its broker down on /ready while staying ready, still answers the mutation, and publishes its event after the outage', async () => {
    const ready = await waitFor(
      '/ready to answer 200 with the relay connected',
      async () => {
        const report = await readiness();
        return report.status === 200 && report.checks['outbox-relay'] === 'up' && report;
      },
      60_000,
    );
    expect(ready.checks).toMatchObject({ database: 'up', 'kafka-producer': 'up' });

    await broker.stop();
    // Nothing needs to be published for the outage to show: the producer's broker probe fails at once.
    // It stays in rotation (200): writes wait in the outbox, so the outage must not become an API outage.
    const degraded = await waitFor(
      '/ready to report the Kafka producer down',
      async () => {
        const report = await readiness();
        return report.checks['kafka-producer'] === 'down' && report;
      },
      15_000,
    );
    expect(degraded).toMatchObject({ status: 200, checks: { database: 'up', 'kafka-producer': 'down' } });

    const created = await service.call<{ createCampaign: { id: string } }>(
      `mutation { createCampaign(input: { code: "W4R-2021", kind: GLOBAL_MARATHON, names: [{ language: "fr", text: "Marathon des lettres 2021" }], startsOn: "2021-11-20", endsOn: "2021-12-31" }) { id } }`,
      {},
      ADMIN,
    );
    expect(created.errors).toBeUndefined(); // events wait in the outbox
    const campaignId = created.data!.createCampaign.id;
    await waitFor('the relay to report the outage', async () => (await readiness()).checks['outbox-relay'] === 'down', 30_000);

    await broker.start();
    const back = await waitFor(
      '/ready to report the Kafka producer up again',
      async () => {
        const report = await readiness();
        return report.checks['kafka-producer'] === 'up' && report;
      },
      60_000,
    );
    expect(back.checks).toMatchObject({ database: 'up', 'kafka-producer': 'up' });
    const kafka = createKafka({ brokers: broker.brokers, clientId: uniqueName('outage-reader'), topicPrefix: TEST_TOPIC_PREFIX }, testLogger());
    const reader = await startEventReader(kafka, [Topic.Cases], uniqueName('cases-outage'));
    try {
      const event = await reader.waitFor((r) => r.key === campaignId && r.event.type === 'org.plume.campaign.created.v1', 60_000);
      expect(event.event.data).toMatchObject({ campaignId, code: 'W4R-2021', kind: 'GLOBAL_MARATHON' });
      expect(reader.received.filter((r) => r.key === campaignId)).toHaveLength(1);
    } finally {
      await reader.stop();
    }
  }, 180_000);
});
