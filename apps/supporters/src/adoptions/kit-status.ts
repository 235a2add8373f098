import { badUserInput } from '@plume/errors';
import type { AdoptionEntity, KitStatus } from './adoption.entity';

/**
 * The postal kit's journey: REQUESTED → SHIPPED → DELIVERED | RETURNED. A returned kit (wrong address,
 * nobody home) may be shipped again once staff have checked the address.
 */
const NEXT: Readonly<Record<KitStatus, readonly KitStatus[]>> = {
  REQUESTED: ['SHIPPED'],
  SHIPPED: ['DELIVERED', 'RETURNED'],
  DELIVERED: [],
  RETURNED: ['SHIPPED'],
};

const DATE_COLUMN = {
  SHIPPED: 'kitShippedAt',
  DELIVERED: 'kitDeliveredAt',
  RETURNED: 'kitReturnedAt',
} as const;

export function canMoveKit(from: KitStatus, to: KitStatus): boolean {
  return NEXT[from].includes(to);
}

/** Moves the adoption's kit to `to` at `at`, or refuses a move the journey does not allow. */
export function moveKit(adoption: AdoptionEntity, to: Exclude<KitStatus, 'REQUESTED'>, at: Date): void {
  if (!canMoveKit(adoption.kitStatus, to)) {
    const allowed = NEXT[adoption.kitStatus];
    throw badUserInput(`The kit is ${adoption.kitStatus}: it cannot become ${to}.`, [
      { field: 'input.status', message: allowed.length ? `must be ${allowed.join(' or ')}` : `the kit is ${adoption.kitStatus}, nothing follows` },
    ]);
  }
  adoption.kitStatus = to;
  adoption[DATE_COLUMN[to]] = at;
  // A kit shipped again is no longer returned (nor delivered): its dates describe the current shipment.
  if (to === 'SHIPPED') {
    adoption.kitDeliveredAt = null;
    adoption.kitReturnedAt = null;
  }
}
