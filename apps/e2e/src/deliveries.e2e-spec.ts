import { randomUUID } from 'node:crypto';
import { waitFor } from '@plume/testing';
import { operation } from './support/operations';
import { ADMIN, SITE_BE_FR, STAFF_BE_FR, STAFF_DZ, startPlatform, type Platform } from './support/platform';

const CASE_DELIVERIES = `query($slug: String!) { case(slug: $slug) { id country deliveries(section: "BE-FR") { id status } awaitingDelivery(section: "BE-FR") { signatures } updates(language: "fr", first: 5) { title body } } }`;
const EMBASSIES = `query($country: String!) { embassies(representedCountry: $country, hostCountry: "BE") { id } }`;
const PLAN = `mutation($input: PlanDeliveryInput!) { planDelivery(input: $input) { delivery { id status } } }`;
const HANDOVER = `mutation($input: RecordHandoverInput!) { recordHandover(input: $input) { status counts { onlineSignatures } } }`;
const PETITION_LIST = `query($id: ID!) { delivery(id: $id) { petitionList { signatures(first: 100) { totalCount edges { node { email } } } } } }`;
const RELEASE = `mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { status } }`;

interface CaseDeliveries {
  case: {
    id: string;
    country: string;
    deliveries: { id: string; status: string }[];
    awaitingDelivery: { signatures: number }[];
    updates: { title: string; body: string }[];
  };
}

/**
 * Issue 5 through the gateway: a handover at an embassy freezes what the section collected and shows
 * on the public case page as news; releasing a case cancels its planned handovers. Four subgraphs and
 * their events on the real broker.
 */
describe('handovers at embassies through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform('e2e_deliveries');
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  const caseDeliveries = async (slug: string) => (await platform.call<CaseDeliveries>(CASE_DELIVERIES, { slug }, STAFF_BE_FR)).data!.case;
  const embassyFor = async (country: string) => (await platform.call<{ embassies: { id: string }[] }>(EMBASSIES, { country }, STAFF_BE_FR)).data!.embassies[0].id;
  const plan = async (caseId: string, embassyId: string) =>
    (await platform.call<{ planDelivery: { delivery: { id: string } } }>(PLAN, { input: { caseId, embassyId, plannedFor: '2026-12-10' } }, STAFF_BE_FR)).data!.planDelivery.delivery.id;

  it('freezes the signatures collected before the handover and publishes the news on the case page', async () => {
    const teodora = await caseDeliveries('teodora-del-carmen-vasquez');
    for (const email of ['ana.e2e@example.org', 'luc.e2e@example.org']) {
      const signed = await platform.call(
        operation('sign-petition'),
        { caseId: teodora.id, signer: { name: 'Signataire', email, country: 'BE' }, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() },
        SITE_BE_FR,
      );
      expect(signed.errors).toBeUndefined();
    }
    const awaiting = await waitFor('the two signatures to reach the deliveries tally', async () => {
      const current = await caseDeliveries('teodora-del-carmen-vasquez');
      return (current.awaitingDelivery[0]?.signatures ?? 0) >= 2 ? current.awaitingDelivery[0].signatures : undefined;
    });

    const deliveryId = await plan(teodora.id, await embassyFor(teodora.country));
    const handover = await platform.call<{ recordHandover: { status: string; counts: { onlineSignatures: number } } }>(
      HANDOVER,
      { input: { deliveryId, deliveredAt: new Date().toISOString(), receivedBy: { title: 'Premier secrétaire' } } },
      STAFF_BE_FR,
    );
    expect(handover.errors).toBeUndefined();
    expect(handover.data!.recordHandover.status).toBe('DELIVERED');
    expect(handover.data!.recordHandover.counts.onlineSignatures).toBeGreaterThanOrEqual(2);
    expect(handover.data!.recordHandover.counts.onlineSignatures).toBeLessThanOrEqual(awaiting);

    // The petition list handed over comes from the actions subgraph, joined by the gateway to the delivery.
    type PetitionList = { delivery: { petitionList: { signatures: { totalCount: number; edges: { node: { email: string } }[] } } | null } | null };
    const list = await platform.call<PetitionList>(PETITION_LIST, { id: deliveryId }, STAFF_BE_FR);
    expect(list.errors).toBeUndefined();
    const emails = list.data!.delivery!.petitionList!.signatures.edges.map((edge) => edge.node.email);
    expect(emails).toEqual(expect.arrayContaining(['ana.e2e@example.org', 'luc.e2e@example.org']));
    const otherSection = await platform.call<PetitionList>(PETITION_LIST, { id: deliveryId }, STAFF_DZ);
    expect(JSON.stringify(otherSection.data)).not.toContain('ana.e2e');

    const news = await waitFor('the handover to appear as a public case update', async () => {
      const page = await platform.call<CaseDeliveries>(CASE_DELIVERIES, { slug: 'teodora-del-carmen-vasquez' });
      return page.data?.case.updates.find((update) => /ambassade/i.test(`${update.title} ${update.body}`));
    }, 30_000);
    expect(`${news.title} ${news.body}`).toMatch(/\d/);
  });

  it('cancels the planned handovers of a case that is released', async () => {
    const hamid = await caseDeliveries('hamid-babaei');
    const deliveryId = await plan(hamid.id, await embassyFor(hamid.country));
    const released = await platform.call(RELEASE, { input: { caseId: hamid.id, status: 'RELEASED', effectiveOn: '2026-11-20' } }, ADMIN);
    expect(released.errors).toBeUndefined();
    const cancelled = await waitFor('the planned handover to be cancelled', async () => {
      const delivery = (await caseDeliveries('hamid-babaei')).deliveries.find((d) => d.id === deliveryId);
      return delivery?.status === 'CANCELLED' ? delivery : undefined;
    }, 30_000);
    expect(cancelled.status).toBe('CANCELLED');
  });
});
