import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName, waitFor } from '@plume/testing';
import { kafkaOffsets, type KafkaOffsets } from './support/kafka-offsets';
import { ADMIN, ANALYST, SITE_BE_FR, STAFF_BE_FR, STAFF_DZ, startPlatform, type Platform } from './support/platform';

const CASE_WITH_ADOPTERS = `query($slug: String!) { case(slug: $slug) { id personName adopterCount } }`;
const REGISTER = `mutation($input: RegisterSupporterInput!) { registerSupporter(input: $input) { supporterId } }`;
const ADOPT = `mutation($input: AdoptCaseInput!) { adoptCase(input: $input) { id status } }`;
const SUPPORTER = `query($id: ID!) { supporter(id: $id) { id givenName familyName email postalAddress { locality } } }`;
const RELEASE = `mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { status } }`;
const ADOPTION = `query($id: ID!) { adoption(id: $id) { status endReason endedAt } }`;
const ADOPTION_ENDED = 'org.plume.supporter.adoption-ended.v1';

interface CaseWithAdopters {
  case: { id: string; personName: string; adopterCount: number };
}

const registration = (givenName: string, email: string) => ({
  language: 'fr',
  givenName,
  familyName: 'Testeuse',
  email,
  postalAddress: { street: 'Rue de la Loi 16', postalCode: '1000', locality: 'Bruxelles', country: 'BE' },
  commitment: 'PASSIONATELY',
  consentTextVersion: '2026-01',
  consents: [
    { purpose: 'EMAIL_CONTACT', granted: true },
    { purpose: 'POSTAL_MAIL', granted: true },
  ],
});

/**
 * Issue 3 through the gateway: a section website registers a supporter who adopts the Algerian
 * journalist's case; the public case page counts the adopter (cases + supporters joined by the
 * gateway); only staff of the supporter's section read their personal data. An admin releasing a case
 * in the cases subgraph ends its adoptions (CASE_RELEASED), announced once on plume.supporters.
 */
describe('supporters through the gateway', () => {
  let platform: Platform;
  let reader: EventReader;
  let offsets: KafkaOffsets;
  // Named here so that the test can ask Kafka what the supporters' consumer of plume.cases has read.
  const casesGroup = uniqueName('e2e-supporters-cases');

  beforeAll(async () => {
    platform = await startPlatform('e2e_supporters', { env: { supporters: { CASES_PROJECTION_GROUP_ID: casesGroup } } });
    const kafka = createKafka(await testKafkaConnection('e2e-supporters'), testLogger());
    offsets = kafkaOffsets(kafka);
    reader = await startEventReader(kafka, [Topic.Supporters], uniqueName('e2e-supporters-reader'));
  }, 240_000);
  afterAll(async () => {
    await reader?.stop();
    await platform?.stop();
  }, 60_000);

  const register = async (givenName: string, email: string) => {
    const registered = await platform.call<{ registerSupporter: { supporterId: string } }>(REGISTER, { input: registration(givenName, email) }, SITE_BE_FR);
    expect(registered.errors).toBeUndefined();
    return registered.data!.registerSupporter.supporterId;
  };
  const adopt = async (supporterId: string, caseId: string) => {
    const adopted = await platform.call<{ adoptCase: { id: string; status: string } }>(ADOPT, { input: { supporterId, caseId } }, SITE_BE_FR);
    expect(adopted.errors).toBeUndefined();
    return adopted.data!.adoptCase;
  };

  it('registers, adopts, counts the adopter on the case page and keeps personal data within the section', async () => {
    const before = await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'khaled-drareni' });
    expect(before.errors).toBeUndefined();
    const { id: caseId, personName, adopterCount } = before.data!.case;
    expect(personName).toBe('Khaled Drareni');

    const supporterId = await register('Amina', 'amina.e2e@example.org');
    expect((await adopt(supporterId, caseId)).status).toBe('ACTIVE');

    const after = await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'khaled-drareni' });
    expect(after.data!.case.adopterCount).toBe(adopterCount + 1);

    const ownStaff = await platform.call<{ supporter: { email: string; postalAddress: { locality: string } } }>(SUPPORTER, { id: supporterId }, STAFF_BE_FR);
    expect(ownStaff.data!.supporter).toMatchObject({ email: 'amina.e2e@example.org', postalAddress: { locality: 'Bruxelles' } });

    const otherSection = await platform.call<{ supporter: unknown }>(SUPPORTER, { id: supporterId }, STAFF_DZ);
    expect(otherSection.data?.supporter ?? null).toBeNull();
    expect(JSON.stringify(otherSection)).not.toContain('amina');
    // Staff of DZ see the journalist's adopters of their own section (the demo ones), not Amina.
    const dzAdopters = await platform.call<{ case: { adopters: { supporter: { givenName: string } }[] } }>(
      `query($slug: String!) { case(slug: $slug) { adopters { supporter { givenName } } } }`,
      { slug: 'khaled-drareni' },
      STAFF_DZ,
    );
    expect(dzAdopters.data!.case.adopters.map((adopter) => adopter.supporter.givenName).sort()).toEqual(['Lamia', 'Yacine']);
    for (const caller of [ANALYST, undefined]) {
      const refused = await platform.call(SUPPORTER, { id: supporterId }, caller);
      expect(errorCodes(refused)[0]).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(JSON.stringify(refused)).not.toContain('amina');
    }
  });

  it('lets a section website call the gateway from the origins the section declared (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(platform.gatewayUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    expect((await preflight('https://www.amnesty.be')).headers.get('access-control-allow-origin')).toBe('https://www.amnesty.be');
    expect((await preflight('https://www.amnestyalgerie.org')).headers.get('access-control-allow-origin')).toBe('https://www.amnestyalgerie.org');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  // Last: it restarts the supporters service and releases a demo case.
  it('ends the adoption with CASE_RELEASED within seconds when an admin releases the case in the cases subgraph, announced once even when plume.cases is read again', async () => {
    const { data } = await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'hamid-babaei' });
    const caseId = data!.case.id;
    const supporterId = await register('Basile', 'basile.e2e@example.org');
    const adoption = await adopt(supporterId, caseId);
    expect(adoption.status).toBe('ACTIVE');

    const released = await platform.call<{ changeCaseStatus: { status: string } }>(RELEASE, { input: { caseId, status: 'RELEASED', effectiveOn: '2026-11-20' } }, ADMIN);
    expect(released.errors).toBeUndefined();
    expect(released.data!.changeCaseStatus.status).toBe('RELEASED');

    type Adoption = { adoption: { status: string; endReason: string | null; endedAt: string | null } | null };
    const ended = await waitFor('the adoption to end after the release', async () => {
      const current = (await platform.call<Adoption>(ADOPTION, { id: adoption.id }, STAFF_BE_FR)).data?.adoption;
      return current?.status === 'ENDED' ? current : undefined;
    }, 15_000);
    expect(ended).toMatchObject({ endReason: 'CASE_RELEASED', endedAt: expect.any(String) });
    // The demo supporters acting for the case are freed too: the public page (cached by the gateway
    // until the events reach it) soon counts nobody acting for a released person.
    await waitFor('the public case page to count no adopter', async () =>
      (await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'hamid-babaei' })).data?.case.adopterCount === 0, 15_000);

    const isEndOfThisAdoption = (r: EventReader['received'][number]) => r.event.type === ADOPTION_ENDED && (r.event.data as { adoptionId: string }).adoptionId === adoption.id;
    const announced = await reader.waitFor(isEndOfThisAdoption, 30_000);
    expect(announced.key).toBe(supporterId);
    expect(announced.event.data).toMatchObject({ supporterId, section: 'BE-FR', caseId, reason: 'CASE_RELEASED' });

    // Kafka delivering the release again: the service stopped, its consumer group moved back to the
    // beginning of plume.cases, started again and read everything — processed_event skips the release.
    await platform.service('supporters').stop();
    await offsets.resetToEarliest(casesGroup, Topic.Cases);
    await platform.restart('supporters');
    const casesEnds = await offsets.topicEnds(Topic.Cases);
    await waitFor('the supporters service to read plume.cases again to its end', () => offsets.committedAtEnd(casesGroup, Topic.Cases, casesEnds), 60_000, 200);

    // A later event of the same supporter (same key, so the same partition, after anything the replay
    // published): once it is read, every adoption-ended of this adoption has been read too.
    const later = await adopt(supporterId, (await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'khaled-drareni' })).data!.case.id);
    await reader.waitFor((r) => r.event.type === 'org.plume.supporter.case-adopted.v1' && (r.event.data as { adoptionId: string }).adoptionId === later.id, 30_000);
    expect(reader.received.filter(isEndOfThisAdoption)).toHaveLength(1);
    expect((await platform.call<Adoption>(ADOPTION, { id: adoption.id }, STAFF_BE_FR)).data!.adoption).toEqual(ended);
  }, 150_000);
});
