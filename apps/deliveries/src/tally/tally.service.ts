import type { DataSource, EntityManager } from 'typeorm';
import { ActionRecorded, ActionRetracted, type CloudEvent, type EventData } from '@plume/events';
import { handoverKindOf } from './handover-kind';
import { NO_COUNTS, type HandoverCounts } from './handover-counts';

/** One counted action in the tally, as its events describe it. */
interface TallyRow {
  actionId: string;
  caseId: string;
  section: string;
  kind: string;
  quantity: number;
  occurredAt: string;
  retractedAt: string | null;
}

function tallyRowOf(action: EventData<typeof ActionRecorded> | EventData<typeof ActionRetracted>, retractedAt: string | null): TallyRow | null {
  const kind = handoverKindOf(action);
  if (!kind) return null; // not something handed to an embassy
  return { actionId: action.actionId, caseId: action.caseId, section: action.section, kind, quantity: action.quantity, occurredAt: action.occurredAt, retractedAt };
}

const columnsOf = (rows: TallyRow[], withRetraction: boolean) => [
  rows.map((row) => row.actionId),
  rows.map((row) => row.caseId),
  rows.map((row) => row.section),
  rows.map((row) => row.kind),
  rows.map((row) => row.quantity),
  rows.map((row) => row.occurredAt),
  ...(withRetraction ? [rows.map((row) => row.retractedAt)] : []),
];

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

  /**
   * Applies a batch of plume.actions events: one statement for the recorded, one for the retracted.
   * Both commute — a recording never undoes a retraction (DO NOTHING) and a retraction carries the whole
   * action, so it is recorded even if it overtook the recording — so order within the batch is moot.
   */
  async apply(manager: EntityManager, events: CloudEvent[]): Promise<void> {
    const recorded: TallyRow[] = [];
    const retracted = new Map<string, TallyRow>();
    for (const event of events) {
      if (event.type === ActionRecorded.type) {
        const row = tallyRowOf(event.data as EventData<typeof ActionRecorded>, null);
        if (row) recorded.push(row);
      } else if (event.type === ActionRetracted.type) {
        const data = event.data as EventData<typeof ActionRetracted>;
        const row = tallyRowOf(data, data.retractedAt);
        // One upsert may not touch a row twice: a retraction delivered twice in a batch is kept once.
        if (row && !retracted.has(row.actionId)) retracted.set(row.actionId, row);
      }
    }
    if (recorded.length > 0) {
      await manager.query(
        `INSERT INTO collected_action (action_id, case_id, section, kind, quantity, occurred_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::timestamptz[])
         ON CONFLICT (action_id) DO NOTHING`,
        columnsOf(recorded, false),
      );
    }
    if (retracted.size > 0) {
      await manager.query(
        `INSERT INTO collected_action (action_id, case_id, section, kind, quantity, occurred_at, retracted_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[])
         ON CONFLICT (action_id) DO UPDATE SET retracted_at = COALESCE(collected_action.retracted_at, EXCLUDED.retracted_at)`,
        columnsOf([...retracted.values()], true),
      );
    }
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
