import { randomUUID } from 'node:crypto';
import { ActionRecorded, CaseStatusChanged, CampaignUpdated, createCloudEvent, DeliveryCompleted, SupporterCaseAdopted, SupporterErased, SupporterRegistered } from '@plume/events';
import { invalidationFor } from './event-invalidation';

const event = (type: string, data: object) => createCloudEvent({ type, source: '/plume/test', data });

describe('which cached answers an event drops', () => {
  const caseId = randomUUID();
  const campaignId = randomUUID();

  it('empties the cache on any event of plume.cases (content, status, news, campaigns)', () => {
    expect(invalidationFor(event(CaseStatusChanged.type, { caseId, status: 'RELEASED' }))).toEqual({ kind: 'everything' });
    expect(invalidationFor(event(CampaignUpdated.type, { campaignId, code: 'W4R-2020' }))).toEqual({ kind: 'everything' });
  });

  it('drops the answers about the case (and its campaign) on counter, adopter and handover events', () => {
    const actionId = randomUUID();
    const recorded = invalidationFor(event(ActionRecorded.type, { actionId, caseId, campaignId, section: 'DZ', supporterId: null, quantity: 1 }));
    expect(recorded).toEqual({ kind: 'entities', ids: [actionId, caseId, campaignId] });
    expect(invalidationFor(event(SupporterCaseAdopted.type, { caseId, section: 'BE-FR' }))).toEqual({ kind: 'entities', ids: [caseId] });
    expect(invalidationFor(event(DeliveryCompleted.type, { caseId, section: 'BE-FR' }))).toEqual({ kind: 'entities', ids: [caseId] });
  });

  it('leaves the cache alone for a registration, and empties it for an erasure or an event type it does not know', () => {
    expect(invalidationFor(event(SupporterRegistered.type, { supporterId: randomUUID(), section: 'BE-FR' }))).toEqual({ kind: 'nothing' });
    expect(invalidationFor(event(SupporterErased.type, { supporterId: randomUUID(), section: 'BE-FR' }))).toEqual({ kind: 'everything' });
    expect(invalidationFor(event('org.plume.something-new.v1', { caseId }))).toEqual({ kind: 'everything' });
  });
});
