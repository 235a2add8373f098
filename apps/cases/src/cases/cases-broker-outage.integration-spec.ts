import { createKafka, startEventReader, Topic } from '@plume/events';
import { createDedicatedBroker, TEST_TOPIC_PREFIX, testLogger, uniqueName, waitFor, type DedicatedBroker } from '@plume/testing';
import { ADMIN, startCasesTestService, type CasesTestService } from '../test-support/cases-test-service';

/**
 * The cases service on its own throw-away broker, which the test really stops: an admin's mutation
 * succeeds while Kafka is down, and its event reaches the topic once the broker is back.
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

  it('answers the mutation at once and publishes its event after the outage', async () => {
    const readiness = async () => (await (await fetch(service.server.url.replace('/graphql', '/ready'))).json()) as { checks: Record<string, string> };
    await waitFor('the relay to be connected', async () => (await readiness()).checks['outbox-relay'] === 'up', 60_000);

    await broker.stop();
    const created = await service.call<{ createCampaign: { id: string } }>(
      `mutation { createCampaign(input: { code: "W4R-2021", kind: GLOBAL_MARATHON, names: [{ language: "fr", text: "Marathon des lettres 2021" }], startsOn: "2021-11-20", endsOn: "2021-12-31" }) { id } }`,
      {},
      ADMIN,
    );
    expect(created.errors).toBeUndefined();
    const campaignId = created.data!.createCampaign.id;
    await waitFor('the relay to report the outage', async () => (await readiness()).checks['outbox-relay'] === 'down', 30_000);
    const ready = await fetch(service.server.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200); // Kafka down does not take the service out of rotation

    await broker.start();
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
