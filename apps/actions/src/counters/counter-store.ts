import type { EntityManager } from 'typeorm';
import { progressDeltas, totalDeltas, type CounterChange } from './counter-changes';
import { refuseNegativeTotals } from './negative-total';
import type { MetricMove } from './milestones';

/**
 * Applies counter changes inside the caller's transaction: `quantity = quantity + delta` on each
 * action_total row (one statement, rows in sorted order), then the cases' signature and letter totals,
 * returning how those moved so milestones can be announced. Never reads the action table.
 */
export async function applyCounterChanges(manager: EntityManager, changes: CounterChange[]): Promise<MetricMove[]> {
  const totals = totalDeltas(changes);
  if (totals.length > 0) {
    const updated: { quantity: string }[] = await manager.query(
      `INSERT INTO action_total (subject_kind, subject_id, section, action_type, source, quantity)
       SELECT d.subject_kind, d.subject_id, d.section, d.action_type, d.source, d.delta
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::bigint[]) WITH ORDINALITY
              AS d(subject_kind, subject_id, section, action_type, source, delta, position)
        ORDER BY d.position
       ON CONFLICT (subject_kind, subject_id, section, action_type, source)
       DO UPDATE SET quantity = action_total.quantity + EXCLUDED.quantity
       RETURNING quantity::text AS quantity`,
      [
        totals.map((t) => t.subjectKind),
        totals.map((t) => t.subjectId),
        totals.map((t) => t.section),
        totals.map((t) => t.actionType),
        totals.map((t) => t.source),
        totals.map((t) => t.delta),
      ],
    );
    refuseNegativeTotals(updated.map((row) => row.quantity), 'action_total');
  }
  const progress = progressDeltas(changes);
  if (progress.length === 0) return [];
  const rows: { case_id: string; signatures: string; letters: string }[] = await manager.query(
    `INSERT INTO case_progress (case_id, signatures, letters)
     SELECT d.case_id, d.signatures, d.letters
       FROM unnest($1::uuid[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS d(case_id, signatures, letters, position)
      ORDER BY d.position
     ON CONFLICT (case_id) DO UPDATE
       SET signatures = case_progress.signatures + EXCLUDED.signatures, letters = case_progress.letters + EXCLUDED.letters
     RETURNING case_id, signatures::text AS signatures, letters::text AS letters`,
    [progress.map((p) => p.caseId), progress.map((p) => p.signatures), progress.map((p) => p.letters)],
  );
  refuseNegativeTotals(rows.flatMap((row) => [row.signatures, row.letters]), 'case_progress');
  return rows.flatMap((row) => {
    const delta = progress.find((p) => p.caseId === row.case_id);
    if (!delta) return [];
    const moves: MetricMove[] = [];
    if (delta.signatures !== 0) moves.push({ caseId: row.case_id, metric: 'SIGNATURES', before: Number(row.signatures) - delta.signatures, after: Number(row.signatures) });
    if (delta.letters !== 0) moves.push({ caseId: row.case_id, metric: 'LETTERS', before: Number(row.letters) - delta.letters, after: Number(row.letters) });
    return moves;
  });
}
