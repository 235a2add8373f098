/**
 * A counter below zero means an action was un-counted without having been counted: a bug. The
 * transaction must fail (nothing half-written) rather than publish wrong totals.
 */
export function refuseNegativeTotals(totals: (string | number)[], counter: string): void {
  if (totals.some((total) => Number(total) < 0)) {
    throw new Error(`${counter} would go below zero: an action is being un-counted that was never counted`);
  }
}
