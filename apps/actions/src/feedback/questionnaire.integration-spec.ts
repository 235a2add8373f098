import { randomBytes, randomUUID } from 'node:crypto';
import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName } from '@plume/testing';
import { SITE_BE_FR, SITE_DZ, STAFF_BE_FR, STAFF_DZ, startActionsTestService, type ActionsTestService } from '../test-support/actions-test-service';
import { startUpstreamEvents, type UpstreamEvents } from '../test-support/upstream-events';
import { periodOf } from './feedback-period';

const SUBMIT = `mutation Submit($token: String!, $period: String!, $entries: [FeedbackEntryInput!]!) {
  submitFeedback(token: $token, period: $period, entries: $entries) { id period revision entries { case { id } letters signaturesCollected otherActions } }
}`;
const STATS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Case { actionStats { total letters paperSignatures bySource { source quantity } byType { type quantity } } }
  ... on Supporter { actionStats { total letters paperSignatures } }
} }`;
const QUESTIONNAIRE = `query($token: String!) { feedbackQuestionnaire(token: $token) { period section case { id } submission { revision entries { letters } } } }`;

type Stats = { total: number; letters: number; paperSignatures: number; bySource?: { source: string; quantity: number }[]; byType?: { type: string; quantity: number }[] };

const thisMonth = periodOf(new Date());
const nextMonth = (() => {
  const date = new Date();
  return periodOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 15)));
})();

describe('the monthly questionnaire (real PostgreSQL and Kafka)', () => {
  let service: ActionsTestService;
  let upstream: UpstreamEvents;
  let reader: EventReader;

  beforeAll(async () => {
    service = await startActionsTestService('actions_questionnaire');
    upstream = await startUpstreamEvents(service);
    const kafka = createKafka(await testKafkaConnection('actions-questionnaire-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Actions], uniqueName('actions-questionnaire-reader'));
  });
  afterAll(async () => {
    await reader?.stop();
    await upstream?.stop();
    await service?.stop();
  });

  const stats = async (typename: 'Case' | 'Supporter', id: string, as = STAFF_BE_FR): Promise<Stats> => {
    const response = await service.call<{ _entities: { actionStats: Stats }[] }>(STATS, { r: [{ __typename: typename, id }] }, as);
    expect(response.errors).toBeUndefined();
    return response.data!._entities[0].actionStats;
  };
  const submit = (token: string, entries: Record<string, unknown>[], period = thisMonth, as = SITE_BE_FR) => service.call<{ submitFeedback: { id: string; revision: number } }>(SUBMIT, { token, period, entries }, as);
  const written = async () =>
    (
      await service.sql<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM action) AS actions, (SELECT count(*)::int FROM feedback_submission) AS submissions, (SELECT count(*)::int FROM outbox) AS outbox`,
      )
    )[0];

  it('counts an answer once: answering again for the month replaces the numbers, whichever link of that month is used', async () => {
    const [adopted, other] = [await upstream.knownCase(), await upstream.knownCase()];
    const link = await upstream.feedbackRequested({ caseId: adopted, section: 'BE-FR', period: thisMonth });

    const first = await submit(link.token, [{ caseId: adopted, letters: 5, signaturesCollected: 20, otherActions: 1 }]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitFeedback.revision).toBe(1);
    expect(await stats('Case', adopted)).toMatchObject({ total: 26, letters: 5, paperSignatures: 20, bySource: [{ source: 'QUESTIONNAIRE', quantity: 26 }] });
    expect(await stats('Supporter', link.supporterId)).toEqual({ total: 26, letters: 5, paperSignatures: 20 });

    const again = await submit(link.token, [
      { caseId: adopted, letters: 7, signaturesCollected: 0, otherActions: 0 },
      { caseId: other, letters: 2, signaturesCollected: 0, otherActions: 0 },
    ]);
    expect(again.data!.submitFeedback).toMatchObject({ id: first.data!.submitFeedback.id, revision: 2 });
    expect(await stats('Case', adopted)).toMatchObject({ total: 7, letters: 7, paperSignatures: 0, byType: [{ type: 'LETTER', quantity: 7 }] });
    expect(await stats('Case', other)).toMatchObject({ total: 2, letters: 2 });
    expect(await stats('Supporter', link.supporterId)).toEqual({ total: 9, letters: 9, paperSignatures: 0 });

    // The same month through a second link (a resent request of the same adoption) still replaces.
    const resent = await upstream.feedbackRequested({ caseId: adopted, section: 'BE-FR', period: thisMonth, adoptionId: link.adoptionId, supporterId: link.supporterId });
    const third = await submit(resent.token, [{ caseId: adopted, letters: 7, signaturesCollected: 0, otherActions: 0 }]);
    expect(third.data!.submitFeedback.revision).toBe(3);
    expect(await stats('Case', adopted)).toMatchObject({ total: 7, letters: 7 });
    expect(await stats('Case', other)).toMatchObject({ total: 0, letters: 0 });

    // The stream tells the story: the replaced actions retracted, the submission per case with its revision.
    const replaced = await reader.waitFor((r) => r.key === adopted && r.event.type === 'org.plume.action.retracted.v1' && (r.event.data as { reason: string }).reason === 'REPLACED');
    expect(replaced.event.data).toMatchObject({ caseId: adopted, source: 'QUESTIONNAIRE', section: 'BE-FR', supporterId: link.supporterId });
    const dropped = await reader.waitFor((r) => r.key === other && r.event.type === 'org.plume.feedback.submitted.v1' && (r.event.data as { revision: number }).revision === 3);
    expect(dropped.event.data).toMatchObject({ caseId: other, period: thisMonth, letters: 0, signaturesCollected: 0, otherActions: 0, adoptionId: link.adoptionId });
  });

  it('counts two identical answers sent at once only once', async () => {
    const caseId = await upstream.knownCase();
    const link = await upstream.feedbackRequested({ caseId, section: 'DZ', period: thisMonth });
    const answer = [{ caseId, letters: 3, signaturesCollected: 10, otherActions: 0 }];
    const both = await Promise.all([submit(link.token, answer, thisMonth, SITE_DZ), submit(link.token, answer, thisMonth, SITE_DZ)]);
    expect(both.map((response) => response.errors)).toEqual([undefined, undefined]);
    expect(both.map((response) => response.data!.submitFeedback.revision).sort()).toEqual([1, 2]);
    expect(await stats('Case', caseId, STAFF_DZ)).toMatchObject({ total: 13, letters: 3, paperSignatures: 10 });
  });

  it('refuses a bad token, a wrong or future month, negative or absurd numbers and unknown cases, writing nothing', async () => {
    const caseId = await upstream.knownCase();
    const link = await upstream.feedbackRequested({ caseId, section: 'BE-FR', period: thisMonth });
    const fine = { caseId, letters: 1, signaturesCollected: 0, otherActions: 0 };
    const before = await written();
    const refusals: [Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, string, string?][] = [
      [submit('not a token!', [fine]), 'BAD_USER_INPUT', 'token'],
      [submit(randomBytes(32).toString('base64url'), [fine]), 'BAD_USER_INPUT', 'token'],
      [submit(link.token, [fine], nextMonth), 'BAD_USER_INPUT', 'period'],
      [submit(link.token, [fine], '2019-13'), 'BAD_USER_INPUT', 'period'],
      [submit(link.token, [fine], '2019-12'), 'BAD_USER_INPUT', 'period'],
      [submit(link.token, [{ ...fine, letters: -3 }]), 'BAD_USER_INPUT', 'entries.0.letters'],
      [submit(link.token, [{ ...fine, signaturesCollected: 1_000_000 }]), 'BAD_USER_INPUT', 'entries.0.signaturesCollected'],
      [submit(link.token, [{ ...fine, otherActions: 1.5 }]), 'BAD_USER_INPUT'],
      [submit(link.token, [fine, fine]), 'BAD_USER_INPUT', 'entries'],
      [submit(link.token, []), 'BAD_USER_INPUT', 'entries'],
      [submit(link.token, [fine, { ...fine, caseId: randomUUID() }]), 'NOT_FOUND'],
      [submit(link.token, [fine], thisMonth, SITE_DZ), 'FORBIDDEN'],
    ];
    for (const [call, code, field] of refusals) {
      const response = await call;
      expect(errorCodes(response as never)).toEqual([code]);
      if (field) expect((response.errors![0].extensions!.invalidFields as { field: string }[]).map((f) => f.field)).toContain(field);
    }
    expect(await written()).toEqual(before);
  });

  it('shows the questionnaire behind a link, with the answer already given', async () => {
    const caseId = await upstream.knownCase();
    const link = await upstream.feedbackRequested({ caseId, section: 'BE-FR', period: thisMonth });
    type Questionnaire = { feedbackQuestionnaire: { period: string; section: string; case: { id: string }; submission: { revision: number; entries: { letters: number }[] } | null } | null };
    expect((await service.call<Questionnaire>(QUESTIONNAIRE, { token: link.token })).data!.feedbackQuestionnaire).toEqual({ period: thisMonth, section: 'BE-FR', case: { id: caseId }, submission: null });
    await submit(link.token, [{ caseId, letters: 4, signaturesCollected: 0, otherActions: 0 }]);
    const answered = await service.call<Questionnaire>(QUESTIONNAIRE, { token: link.token });
    expect(answered.data!.feedbackQuestionnaire!.submission).toEqual({ revision: 1, entries: [{ letters: 4 }] });
    expect((await service.call<Questionnaire>(QUESTIONNAIRE, { token: randomBytes(32).toString('base64url') })).data!.feedbackQuestionnaire).toBeNull();
  });

  it('still counts letters of the month a person was released in, and no later month', async () => {
    const released = await upstream.knownCase({ status: 'RELEASED', statusChangedOn: '2017-10-26' });
    const october = await upstream.feedbackRequested({ caseId: released, section: 'BE-FR', period: '2017-10' });
    const counted = await submit(october.token, [{ caseId: released, letters: 2, signaturesCollected: 0, otherActions: 0 }], '2017-10');
    expect(counted.errors).toBeUndefined();
    const november = await upstream.feedbackRequested({ caseId: released, section: 'BE-FR', period: '2017-11', adoptionId: october.adoptionId, supporterId: october.supporterId });
    const refused = await submit(november.token, [{ caseId: released, letters: 2, signaturesCollected: 0, otherActions: 0 }], '2017-11');
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.invalidFields).toEqual([{ field: 'entries.0.caseId', message: 'the case was released; actions after 2017-10 are not counted' }]);
    expect((await stats('Case', released)).letters).toBe(2);
  });
});
