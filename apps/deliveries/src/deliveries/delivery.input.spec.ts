import { GraphQLError } from 'graphql';
import { validateInput } from '@plume/errors';
import { planDeliveryInput, postponeDeliveryInput, recordHandoverInput } from './delivery.input';

const deliveryId = '7b0e8a52-3f7e-4d6a-9a51-0c4f0a1f2b3c';
const invalidFields = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    return ((error as GraphQLError).extensions.invalidFields as { field: string }[]).map((f) => f.field);
  }
  return [];
};

describe('delivery inputs', () => {
  it('accepts a handover recorded as it happens, with its evidence', () => {
    const input = validateInput(recordHandoverInput, {
      deliveryId,
      deliveredAt: new Date(Date.now() - 60_000).toISOString(),
      receivedBy: { title: ' First Secretary ' },
      evidence: [{ kind: 'PHOTO', url: 'https://www.amnesty.be/photos/remise.jpg' }],
    });
    expect(input.receivedBy).toEqual({ title: 'First Secretary', name: null });
    expect(input.cutoffAt).toBeUndefined();
    expect(input.evidence).toEqual([{ kind: 'PHOTO', url: 'https://www.amnesty.be/photos/remise.jpg', caption: null }]);
  });

  it('refuses a handover in the future and a cut-off after the handover', () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(invalidFields(() => validateInput(recordHandoverInput, { deliveryId, deliveredAt: tomorrow, receivedBy: { title: 'Consul' } }))).toEqual(['input.deliveredAt']);
    const handover = { deliveryId, deliveredAt: '2017-12-08T10:30:00Z', cutoffAt: '2017-12-08T10:31:00Z', receivedBy: { title: 'Consul' } };
    expect(invalidFields(() => validateInput(recordHandoverInput, handover))).toEqual(['input.cutoffAt']);
    expect(invalidFields(() => validateInput(recordHandoverInput, { ...handover, cutoffAt: '2017-12-08T10:30:00Z' }))).toEqual([]);
  });

  it('refuses evidence that is not an http(s) link and a receiver without a title', () => {
    const input = { deliveryId, deliveredAt: '2017-12-08T10:30:00Z', receivedBy: { title: '' }, evidence: [{ kind: 'PRESS', url: 'javascript:alert(1)' }] };
    expect(invalidFields(() => validateInput(recordHandoverInput, input))).toEqual(['input.receivedBy.title', 'input.evidence.0.url']);
  });

  it('normalises the section of a plan and refuses a postponement into the past', () => {
    const plan = validateInput(planDeliveryInput, { caseId: deliveryId, embassyId: deliveryId, plannedFor: '2026-12-10', section: 'be-fr' });
    expect(plan.section).toBe('BE-FR');
    expect(invalidFields(() => validateInput(postponeDeliveryInput, { deliveryId, plannedFor: '2001-01-01' }))).toEqual(['input.plannedFor']);
  });
});
