import type { DataSource, EntityManager } from 'typeorm';
import type { ActionRecorded, ActionRetracted, EventData } from '@plume/events';
import { handoverKindOf } from './handover-kind';
import { NO_COUNTS, type HandoverCounts } from './handover-counts';

/** What one section collected for one case: not handed over yet, and in all. */
export interface SectionTally {
  caseId: string;
  section: string;
  awaiting: HandoverCounts;
  collected: HandoverCounts;
  lastCutoffAt: Date | null;
}

// Sums of quantities by kind over the rows a condition selects, in one pass.
const sumsBy = (condition: string, prefix: string) =>
  (['ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'LETTER'] as const)
    .map((kind, i) => `COALESCE(SUM(quantity) FILTER (WHERE kind = '${kind}' AND ${condition}), 0)::int AS ${prefix}_${i}`)
    .join(', ');
const AWAITING = 'delivery_id IS NULL AND retracted_at IS NULL';
// A retraction after the handover does not un-deliver what the embassy received.
const COLLECTED = '(delivery_id IS NOT NULL OR retracted_at IS NULL)';

type Row = Record<string, unknown>;
const countsOf = (row: Row, prefix: string): HandoverCounts => ({
  onlineSignatures: Number(row[`${prefix}_0`]),
  paperSignatures: Number(row[`${prefix}_1`]),
  letters: Number(row[`${prefix}_2`]),
});

/**
 * The local tally of signatures and letters per case and section, one row per counted action (fed by
 * plume.actions through the idempotent consumer). A handover marks the rows it covers, so "awaiting" is
 * simply "not marked and not retracted" — exact whatever the order in which events and handovers came.
 */
export class TallyService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, action: EventData<typeof ActionRecorded>): Promise<void> {
    const kind = handoverKindOf(action);
    if (!kind) return;
    // DO NOTHING: an action already known (its retraction came first, or a replay) keeps its state.
    await manager.query(
      `INSERT INTO collected_action (action_id, case_id, section, kind, quantity, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (action_id) DO NOTHING`,
      [action.actionId, action.caseId, action.section, kind, action.quantity, action.occurredAt],
    );
  }

  async retract(manager: EntityManager, action: EventData<typeof ActionRetracted>): Promise<void> {
    const kind = handoverKindOf(action);
    if (!kind) return;
    // The retraction carries the whole action, so it is recorded even if it overtook the recording.
    await manager.query(
      `INSERT INTO collected_action (action_id, case_id, section, kind, quantity, occurred_at, retracted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (action_id) DO UPDATE SET retracted_at = COALESCE(collected_action.retracted_at, EXCLUDED.retracted_at)`,
      [action.actionId, action.caseId, action.section, kind, action.quantity, action.occurredAt, action.retractedAt],
    );
  }

  /**
   * Hands over what the section collected for the case up to `cutoffAt` and no earlier handover took:
   * marks those rows with the delivery and returns their sums. Runs in the handover's transaction, under
   * the case's lock, so two handovers can never take the same action.
   */
  async freeze(manager: EntityManager, handover: { deliveryId: string; caseId: string; section: string; cutoffAt: Date }): Promise<HandoverCounts> {
    const [row]: Row[] = await manager.query(
      `WITH covered AS (
         UPDATE collected_action SET delivery_id = $1
         WHERE case_id = $2 AND section = $3 AND occurred_at <= $4 AND ${AWAITING}
         RETURNING kind, quantity
       )
       SELECT ${sumsBy('true', 'n')} FROM covered`,
      [handover.deliveryId, handover.caseId, handover.section, handover.cutoffAt],
    );
    return row ? countsOf(row, 'n') : NO_COUNTS;
  }

  /** Per case, the tally of every section that collected something or handed something over. */
  async ofCases(caseIds: readonly string[]): Promise<SectionTally[][]> {
    const sums: Row[] = await this.dataSource.query(
      `SELECT case_id, section, ${sumsBy(AWAITING, 'a')}, ${sumsBy(COLLECTED, 'c')}
       FROM collected_action WHERE case_id = ANY($1::uuid[]) GROUP BY case_id, section`,
      [caseIds],
    );
    const cutoffs: { case_id: string; section: string; last_cutoff_at: Date }[] = await this.dataSource.query(
      `SELECT case_id, section, max(cutoff_at) AS last_cutoff_at FROM delivery
       WHERE case_id = ANY($1::uuid[]) AND status = 'DELIVERED' GROUP BY case_id, section`,
      [caseIds],
    );
    const tallies = new Map<string, SectionTally>();
    const entry = (caseId: string, section: string) => {
      const key = `${caseId}/${section}`;
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = { caseId, section, awaiting: NO_COUNTS, collected: NO_COUNTS, lastCutoffAt: null }));
      return tally;
    };
    for (const row of sums) {
      const tally = entry(String(row.case_id), String(row.section));
      tally.awaiting = countsOf(row, 'a');
      tally.collected = countsOf(row, 'c');
    }
    for (const row of cutoffs) entry(row.case_id, row.section).lastCutoffAt = row.last_cutoff_at;
    const all = [...tallies.values()].sort((a, b) => a.section.localeCompare(b.section));
    return caseIds.map((caseId) => all.filter((tally) => tally.caseId === caseId));
  }
}
