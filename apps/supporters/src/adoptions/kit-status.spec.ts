import type { AdoptionEntity } from './adoption.entity';
import { canMoveKit, moveKit } from './kit-status';

const adoption = (kitStatus: AdoptionEntity['kitStatus']) => ({ kitStatus, kitShippedAt: null, kitDeliveredAt: null, kitReturnedAt: null }) as AdoptionEntity;

describe('action kit journey', () => {
  it('goes REQUESTED → SHIPPED → DELIVERED or RETURNED, and a returned kit may be shipped again', () => {
    expect(canMoveKit('REQUESTED', 'SHIPPED')).toBe(true);
    expect(canMoveKit('SHIPPED', 'DELIVERED')).toBe(true);
    expect(canMoveKit('SHIPPED', 'RETURNED')).toBe(true);
    expect(canMoveKit('RETURNED', 'SHIPPED')).toBe(true);
  });

  it('refuses skipping or going back, as BAD_USER_INPUT on input.status', () => {
    expect(canMoveKit('REQUESTED', 'DELIVERED')).toBe(false);
    expect(canMoveKit('DELIVERED', 'SHIPPED')).toBe(false);
    expect(() => moveKit(adoption('DELIVERED'), 'RETURNED', new Date())).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', invalidFields: [expect.objectContaining({ field: 'input.status' })] }) }),
    );
  });

  it('dates each step and starts a new shipment afresh', () => {
    const kit = adoption('SHIPPED');
    const returnedAt = new Date('2024-02-01T10:00:00Z');
    moveKit(kit, 'RETURNED', returnedAt);
    expect(kit).toMatchObject({ kitStatus: 'RETURNED', kitReturnedAt: returnedAt });
    moveKit(kit, 'SHIPPED', new Date('2024-02-03T10:00:00Z'));
    expect(kit).toMatchObject({ kitStatus: 'SHIPPED', kitReturnedAt: null });
  });
});
