import { randomUUID } from 'node:crypto';
import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName } from '@plume/testing';
import { ANALYST, SITE_BE_FR, SITE_DZ, STAFF_BE_FR, STAFF_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';

const SIGN = `mutation Sign($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!, $campaignId: ID) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey, campaignId: $campaignId) {
    accepted retractionToken case { id actionStats { signatures onlineSignatures distinctSigners bySource { source quantity } } }
  }
}`;
const RETRACT = `mutation Retract($token: String!) { retractSignature(token: $token) { retracted case { actionStats { onlineSignatures } } } }`;
const CASE_STATS = `query Stats($representations: [_Any!]!) { _entities(representations: $representations) { ... on Case { actionStats { onlineSignatures } } } }`;
const LIST = `query List($caseId: ID!, $signedBefore: DateTime, $after: String) {
  petitionSignatures(caseId: $caseId, signedBefore: $signedBefore, first: 2, after: $after) {
    totalCount erasedCount edges { node { name email country signedAt } } pageInfo { hasNextPage endCursor }
  }
}`;
const CSV = `query Csv($caseId: ID!, $signedBefore: DateTime) { petitionSignaturesCsv(caseId: $caseId, signedBefore: $signedBefore) { count csv hasNextPage section } }`;

interface SignResult {
  signPetition: { accepted: boolean; retractionToken: string; case: { id: string; actionStats: { signatures: number; onlineSignatures: number; distinctSigners: number } } };
}

const consent = { accepted: true, textVersion: '2020-11', language: 'fr' };
const signer = (n: number, email = `signer.${n}.${randomUUID().slice(0, 8)}@example.org`) => ({ name: `Signataire ${n}`, email, country: 'BE' });

describe('petition signatures from section websites (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  let reader: EventReader;

  beforeAll(async () => {
    service = await startActionsTestService('actions_signing');
    upstream = await startUpstreamEvents(service);
    const kafka = createKafka(await testKafkaConnection('actions-signing-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Actions], uniqueName('actions-signing-reader'));
  });
  afterAll(async () => {
    await reader?.stop();
    await upstream?.stop();
    await service?.stop();
  });

  const sign = (caseId: string, who: ReturnType<typeof signer>, idempotencyKey = randomUUID(), as = SITE_BE_FR, extra: Record<string, unknown> = {}) =>
    service.call<SignResult>(SIGN, { caseId, signer: who, consent, idempotencyKey, ...extra }, as);
  const written = async () => {
    const [row] = await service.sql<{ actions: number; signatures: number; requests: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM action) AS actions, (SELECT count(*)::int FROM signature) AS signatures,
              (SELECT count(*)::int FROM petition_request) AS requests, (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    return row;
  };

  it('counts a signature at once: the answer already carries the risen counter', async () => {
    const caseId = await upstream.knownCase();
    const first = await sign(caseId, signer(1));
    expect(first.errors).toBeUndefined();
    expect(first.data!.signPetition).toMatchObject({ accepted: true, case: { id: caseId, actionStats: { signatures: 1, onlineSignatures: 1, distinctSigners: 1, bySource: [{ source: 'WEBSITE', quantity: 1 }] } } });
    const second = await sign(caseId, signer(2));
    expect(second.data!.signPetition.case.actionStats.onlineSignatures).toBe(2);
  });

  it('counts a person once per case, whatever the key or the way the email is written, and answers the repeat alike', async () => {
    const caseId = await upstream.knownCase();
    const email = `Amina.${randomUUID().slice(0, 8)}@Example.org`;
    const first = await sign(caseId, signer(1, email));
    const repeat = await sign(caseId, signer(1, `  ${email.toLowerCase()} `), randomUUID(), SITE_DZ);
    expect(repeat.errors).toBeUndefined();
    expect(Object.keys(repeat.data!.signPetition)).toEqual(Object.keys(first.data!.signPetition));
    expect(repeat.data!.signPetition.accepted).toBe(true);
    expect(repeat.data!.signPetition.case.actionStats.onlineSignatures).toBe(1);
    expect(await service.sql('SELECT action_id FROM signature WHERE case_id = $1', [caseId])).toHaveLength(1);
    // Another case's petition is another signature.
    const otherCase = await upstream.knownCase();
    expect((await sign(otherCase, signer(1, email))).data!.signPetition.case.actionStats.onlineSignatures).toBe(1);
  });

  it('records one signature for the same idempotency key sent twice, one after the other and at once', async () => {
    const caseId = await upstream.knownCase();
    const key = randomUUID();
    const first = await sign(caseId, signer(1), key);
    const replay = await sign(caseId, signer(1), key);
    expect(replay.data!.signPetition).toEqual(first.data!.signPetition);
    const doubleClickKey = randomUUID();
    const person = signer(2);
    const clicks = await Promise.all([sign(caseId, person, doubleClickKey), sign(caseId, person, doubleClickKey), sign(caseId, person, doubleClickKey)]);
    expect(clicks.map((click) => click.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(clicks.map((click) => click.data!.signPetition.retractionToken)).size).toBe(1);
    const [{ n }] = await service.sql<{ n: number }>(`SELECT count(*)::int AS n FROM action WHERE case_id = $1`, [caseId]);
    expect(n).toBe(2);
    expect(errorCodes(await sign(await upstream.knownCase(), signer(3), key))).toEqual(['CONFLICT']);
  });

  it('refuses bad input, unknown and unpublished cases, and callers that are not section websites, writing nothing', async () => {
    const caseId = await upstream.knownCase();
    const before = await written();
    const bad = await service.call(SIGN, { caseId: 'nope', signer: { name: '', email: 'not-an-email', country: 'XX' }, consent: { ...consent, accepted: false }, idempotencyKey: 'k' }, SITE_BE_FR);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const fields = (bad.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['caseId', 'signer.name', 'signer.email', 'signer.country', 'consent.accepted', 'idempotencyKey']));
    expect(JSON.stringify(bad)).not.toContain('not-an-email');
    expect(errorCodes(await sign(randomUUID(), signer(1)))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sign(await upstream.knownCase({ published: false }), signer(1)))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.call(SIGN, { caseId, signer: signer(1), consent, idempotencyKey: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await sign(caseId, signer(1), randomUUID(), STAFF_BE_FR))).toEqual(['FORBIDDEN']);
    expect(await written()).toEqual(before);
  });

  it('takes no more signatures on a closed or released case', async () => {
    const closed = await upstream.knownCase({ status: 'CLOSED', statusChangedOn: '2020-12-31' });
    const released = await upstream.knownCase({ status: 'RELEASED', statusChangedOn: '2017-10-26' });
    const before = await written();
    const refused = await sign(closed, signer(1));
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toBe('The case was closed on 2020-12-31: it no longer takes online actions.');
    expect(errorCodes(await sign(released, signer(1)))).toEqual(['BAD_USER_INPUT']);
    expect(await written()).toEqual(before);
  });

  it("credits the case's only active campaign, or the one asked for, and counts distinct signers per campaign", async () => {
    const campaign = await upstream.knownCampaign('ACTIVE');
    const ended = await upstream.knownCampaign('ENDED');
    const [caseA, caseB] = [await upstream.knownCase({ campaignCodes: [campaign.code, ended.code] }), await upstream.knownCase({ campaignCodes: [campaign.code] })];
    const person = signer(1);
    await sign(caseA, person);
    await sign(caseB, person, randomUUID(), SITE_DZ);
    await sign(caseB, signer(2));
    const stats = await service.call<{ _entities: { actionStats: { onlineSignatures: number; distinctSigners: number } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { actionStats { onlineSignatures distinctSigners } } } }`,
      { r: [{ __typename: 'Campaign', id: campaign.id }] },
    );
    expect(stats.data!._entities[0].actionStats).toEqual({ onlineSignatures: 3, distinctSigners: 2 });
    const perSection = await service.call<{ _entities: { actionStats: { onlineSignatures: number; distinctSigners: number; section: string } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { actionStats(section: "DZ") { section onlineSignatures distinctSigners } } } }`,
      { r: [{ __typename: 'Campaign', id: campaign.id }] },
    );
    expect(perSection.data!._entities[0].actionStats).toEqual({ section: 'DZ', onlineSignatures: 1, distinctSigners: 1 });
    const wrongCampaign = await sign(caseB, signer(3), randomUUID(), SITE_BE_FR, { campaignId: ended.id });
    expect(errorCodes(wrongCampaign)).toEqual(['BAD_USER_INPUT']);
    const explicit = await sign(caseA, signer(4), randomUUID(), SITE_BE_FR, { campaignId: ended.id });
    expect(explicit.errors).toBeUndefined();
    const [{ campaign_id }] = await service.sql<{ campaign_id: string }>(`SELECT campaign_id FROM action WHERE case_id = $1 ORDER BY recorded_at DESC LIMIT 1`, [caseA]);
    expect(campaign_id).toBe(ended.id);
  });

  it('lets the signer retract ("that was not me"): uncounted, personal data wiped, the link idempotent', async () => {
    const caseId = await upstream.knownCase();
    const person = signer(1);
    const signed = await sign(caseId, person);
    const token = signed.data!.signPetition.retractionToken;
    const retracted = await service.call<{ retractSignature: { retracted: boolean; case: { actionStats: { onlineSignatures: number } } } }>(RETRACT, { token });
    expect(retracted.errors).toBeUndefined();
    expect(retracted.data!.retractSignature).toEqual({ retracted: true, case: { actionStats: { onlineSignatures: 0 } } });
    expect((await service.call(RETRACT, { token })).errors).toBeUndefined();
    const [row] = await service.sql<Record<string, unknown>>(`SELECT signer_name, signer_email, signer_country, contact_reference, retracted_at FROM signature WHERE case_id = $1`, [caseId]);
    expect(row).toMatchObject({ signer_name: null, signer_email: null, signer_country: null, contact_reference: null });
    expect(row.retracted_at).not.toBeNull();
    // Not them: the real owner of the email may sign later, and counts.
    expect((await sign(caseId, person)).data!.signPetition.case.actionStats.onlineSignatures).toBe(1);
    const retractedEvent = await reader.waitFor((r) => r.key === caseId && r.event.type === 'org.plume.action.retracted.v1');
    expect(retractedEvent.event.data).toMatchObject({ caseId, type: 'ONLINE_SIGNATURE', quantity: 1, reason: 'SIGNER_RETRACTED', section: 'BE-FR' });
    expect(errorCodes(await service.call(RETRACT, { token: 'A'.repeat(43) }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.call(RETRACT, { token: 'short' }))).toEqual(['BAD_USER_INPUT']);
  });

  it("answers a repeat's retraction link like any other, and leaves the counted signature alone", async () => {
    const caseId = await upstream.knownCase();
    const person = signer(1);
    await sign(caseId, person);
    const repeat = await sign(caseId, person);
    const retracted = await service.call<{ retractSignature: { retracted: boolean } }>(RETRACT, { token: repeat.data!.signPetition.retractionToken });
    expect(retracted.data!.retractSignature.retracted).toBe(true);
    const stats = await service.call<{ _entities: { actionStats: { onlineSignatures: number } }[] }>(CASE_STATS, { representations: [{ __typename: 'Case', id: caseId }] });
    expect(stats.data!._entities[0].actionStats.onlineSignatures).toBe(1);
  });

  it("lists a section's signatures for its staff only, in signing order, up to a cut-off, and as CSV", async () => {
    const caseId = await upstream.knownCase();
    for (const n of [1, 2, 3]) await sign(caseId, signer(n));
    const cutOff = new Date();
    await sign(caseId, signer(4));
    await sign(caseId, signer(5), randomUUID(), SITE_DZ);

    type List = { petitionSignatures: { totalCount: number; erasedCount: number; edges: { node: { name: string; email: string; country: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const page1 = await service.call<List>(LIST, { caseId, signedBefore: cutOff.toISOString() }, STAFF_BE_FR);
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.petitionSignatures.totalCount).toBe(3);
    expect(page1.data!.petitionSignatures.edges.map((e) => e.node.name)).toEqual(['Signataire 1', 'Signataire 2']);
    const page2 = await service.call<List>(LIST, { caseId, signedBefore: cutOff.toISOString(), after: page1.data!.petitionSignatures.pageInfo.endCursor }, STAFF_BE_FR);
    expect(page2.data!.petitionSignatures.edges.map((e) => e.node.name)).toEqual(['Signataire 3']);
    expect(page2.data!.petitionSignatures.pageInfo.hasNextPage).toBe(false);

    const everything = await service.call<List>(LIST, { caseId }, STAFF_BE_FR);
    expect(everything.data!.petitionSignatures.totalCount).toBe(4);
    const dz = await service.call<List>(LIST, { caseId }, STAFF_DZ);
    expect(dz.data!.petitionSignatures.edges.map((e) => e.node.name)).toEqual(['Signataire 5']);

    const csv = await service.call<{ petitionSignaturesCsv: { count: number; csv: string; hasNextPage: boolean; section: string } }>(CSV, { caseId, signedBefore: cutOff.toISOString() }, STAFF_BE_FR);
    expect(csv.data!.petitionSignaturesCsv).toMatchObject({ count: 3, hasNextPage: false, section: 'BE-FR' });
    const lines = csv.data!.petitionSignaturesCsv.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('signed_at,name,email,country');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['Signataire 1', 'Signataire 2', 'Signataire 3']);

    // The deliveries subgraph's Delivery.petitionList, resolved here: the same list, for the same staff only.
    const handover = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PetitionList { cutoffAt signatures(first: 10) { totalCount } csv { count } } } }`;
    const representation = { __typename: 'PetitionList', caseId, section: 'BE-FR', cutoffAt: cutOff.toISOString() };
    const resolved = await service.call<{ _entities: { cutoffAt: string; signatures: { totalCount: number }; csv: { count: number } }[] }>(handover, { r: [representation] }, STAFF_BE_FR);
    expect(resolved.data!._entities[0]).toEqual({ cutoffAt: cutOff.toISOString(), signatures: { totalCount: 3 }, csv: { count: 3 } });
    expect(errorCodes(await service.call(handover, { r: [representation] }, STAFF_DZ))).toEqual(['FORBIDDEN']);
    const ownList = await service.call<{ petitionList: { section: string; signatures: { totalCount: number } } }>(
      `query($caseId: ID!) { petitionList(caseId: $caseId) { section signatures { totalCount } } }`,
      { caseId },
      STAFF_DZ,
    );
    expect(ownList.data!.petitionList).toEqual({ section: 'DZ', signatures: { totalCount: 1 } });

    for (const caller of [SITE_BE_FR, ANALYST, undefined]) {
      expect(errorCodes(await service.call(LIST, { caseId }, caller))).toEqual([caller ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
    expect(errorCodes(await service.call(LIST, { caseId: randomUUID() }, STAFF_BE_FR))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.call(LIST, { caseId, after: 'garbage' }, STAFF_BE_FR))).toEqual(['BAD_USER_INPUT']);
  });

  it('announces each signature on plume.actions keyed by the case, with no personal data', async () => {
    const caseId = await upstream.knownCase();
    const person = { name: 'Nadia Personne', email: `nadia.${randomUUID().slice(0, 8)}@example.org`, country: 'DZ' };
    await sign(caseId, person, randomUUID(), SITE_DZ);
    const recorded = await reader.waitFor((r) => r.key === caseId && r.event.type === 'org.plume.action.recorded.v1');
    expect(recorded.headers).toMatchObject({ ce_specversion: '1.0', ce_source: '/plume/actions', ce_subject: `case/${caseId}`, 'content-type': 'application/json' });
    expect(recorded.event.data).toMatchObject({ caseId, section: 'DZ', type: 'ONLINE_SIGNATURE', source: 'WEBSITE', quantity: 1, supporterId: null });
    const raw = JSON.stringify(recorded);
    for (const value of [person.name, person.email, 'Nadia']) expect(raw).not.toContain(value);
  });
});
