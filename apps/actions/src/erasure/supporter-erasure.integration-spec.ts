import { randomUUID } from 'node:crypto';
import { contactReference } from '@plume/privacy';
import { errorCodes } from '@plume/testing';
import { SITE_BE_FR, SITE_DZ, STAFF_BE_FR, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';
import { periodOf } from '../feedback/feedback-period';

const SIGN = `mutation Sign($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey) { retractionToken }
}`;
const STATS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Case { actionStats { onlineSignatures letters } }
  ... on Campaign { actionStats { onlineSignatures distinctSigners } }
  ... on Supporter { actionStats { total } }
} }`;
const LIST = `query($caseId: ID!) { petitionSignatures(caseId: $caseId) { totalCount erasedCount edges { node { name } } } }`;
const SUBMIT = `mutation($token: String!, $period: String!, $entries: [FeedbackEntryInput!]!) { submitFeedback(token: $token, period: $period, entries: $entries) { revision } }`;

describe('erasure of a supporter (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;

  beforeAll(async () => {
    service = await startActionsTestService('actions_erasure');
    upstream = await startUpstreamEvents(service);
  });
  afterAll(async () => {
    await upstream?.stop();
    await service?.stop();
  });

  const stats = async (typename: string, id: string) =>
    (await service.call<{ _entities: { actionStats: Record<string, number> }[] }>(STATS, { r: [{ __typename: typename, id }] }, STAFF_BE_FR)).data!._entities[0].actionStats;
  const sign = async (caseId: string, signer: { name: string; email: string; country: string }, as = SITE_BE_FR) => {
    const response = await service.call<{ signPetition: { retractionToken: string } }>(SIGN, { caseId, signer, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() }, as);
    expect(response.errors).toBeUndefined();
    return response.data!.signPetition.retractionToken;
  };

  it("wipes the person's personal data from the section's signatures and their own trail, and keeps every count", async () => {
    const campaign = await upstream.knownCampaign('ACTIVE');
    const [caseA, caseB, caseC] = [
      await upstream.knownCase({ campaignCodes: [campaign.code] }),
      await upstream.knownCase({ campaignCodes: [campaign.code] }),
      await upstream.knownCase(),
    ];
    const erased = { name: 'Teodora Effacée', email: `teodora.${randomUUID().slice(0, 8)}@example.org`, country: 'SV' };
    const other = { name: 'Hamid Reste', email: `hamid.${randomUUID().slice(0, 8)}@example.org`, country: 'BE' };
    const tokenA = await sign(caseA, erased);
    await sign(caseB, erased);
    await sign(caseC, erased, SITE_DZ); // another section's petition: not this erasure's business
    await sign(caseA, other);
    const supporterId = randomUUID();
    const link = await upstream.feedbackRequested({ caseId: caseA, section: 'BE-FR', period: periodOf(new Date()), supporterId });
    expect((await service.call(SUBMIT, { token: link.token, period: periodOf(new Date()), entries: [{ caseId: caseA, letters: 6, signaturesCollected: 0, otherActions: 0 }] })).errors).toBeUndefined();
    expect(await stats('Campaign', campaign.id)).toEqual({ onlineSignatures: 3, distinctSigners: 2 });
    expect(await stats('Supporter', supporterId)).toEqual({ total: 6 });

    await upstream.supporterErased({ supporterId, section: 'BE-FR', contactReference: contactReference(erased.email, service.environment.CONTACT_REFERENCE_SECRET) });

    const leftovers = await service.sql(
      `SELECT section FROM signature WHERE signer_name = $1 OR signer_email = $2 OR contact_reference = $3`,
      [erased.name, erased.email, contactReference(erased.email, service.environment.CONTACT_REFERENCE_SECRET)],
    );
    expect(leftovers).toEqual([{ section: 'DZ' }]);
    expect(await service.sql(`SELECT count(*)::int AS n FROM signature WHERE section = 'BE-FR' AND erased_at IS NOT NULL`)).toEqual([{ n: 2 }]);
    expect(await service.sql(`SELECT count(*)::int AS n FROM action WHERE supporter_id = $1`, [supporterId])).toEqual([{ n: 0 }]);

    // Counts stay: the case still has its two signatures and six letters; the list names only who is left.
    expect(await stats('Case', caseA)).toEqual({ onlineSignatures: 2, letters: 6 });
    expect(await stats('Case', caseB)).toEqual({ onlineSignatures: 1, letters: 0 });
    const list = await service.call<{ petitionSignatures: { totalCount: number; erasedCount: number; edges: { node: { name: string } }[] } }>(LIST, { caseId: caseA }, STAFF_BE_FR);
    expect(list.data!.petitionSignatures).toEqual({ totalCount: 1, erasedCount: 1, edges: [{ node: { name: other.name } }] });
    // Two anonymous signatures can no longer be told to be one person's: each counts as a signer.
    expect(await stats('Campaign', campaign.id)).toEqual({ onlineSignatures: 3, distinctSigners: 3 });
    expect(await stats('Supporter', supporterId)).toEqual({ total: 0 });
    // Their questionnaire link is gone with them.
    expect(errorCodes(await service.call(SUBMIT, { token: link.token, period: periodOf(new Date()), entries: [{ caseId: caseA, letters: 1, signaturesCollected: 0, otherActions: 0 }] }))).toEqual(['BAD_USER_INPUT']);

    // An erased signature can still be retracted through its link: it stops counting like any other.
    expect(errorCodes(await service.call(`mutation($t: String!) { retractSignature(token: $t) { retracted } }`, { t: tokenA }))).toEqual([]);
    expect(await stats('Case', caseA)).toEqual({ onlineSignatures: 1, letters: 6 });
    expect(await stats('Campaign', campaign.id)).toEqual({ onlineSignatures: 2, distinctSigners: 2 });
  });
});
