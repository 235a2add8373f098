import type { EntityManager } from 'typeorm';
import { appendToOutbox, CaseMilestoneReached } from '@plume/events';
import { ACTIONS_EVENT_SOURCE } from '../events';
import type { MilestoneMetric } from './case-milestone.entity';

/** A case's total of one metric moved from `before` to `after` in this transaction. */
export interface MetricMove {
  caseId: string;
  metric: MilestoneMetric;
  before: number;
  after: number;
}

/** The thresholds a move crosses upwards (a retraction crossing downwards announces nothing). */
export function crossedThresholds(move: Pick<MetricMove, 'before' | 'after'>, thresholds: readonly number[]): number[] {
  return thresholds.filter((threshold) => move.before < threshold && threshold <= move.after);
}

/**
 * Announces `case.milestone-reached` once per case, metric and threshold. The totals come from the
 * row-locked case_progress update, so exactly one transaction sees each crossing; the case_milestone
 * key keeps a threshold crossed again after a retraction from being announced twice.
 */
export class Milestones {
  constructor(private readonly thresholds: readonly number[]) {}

  async announce(manager: EntityManager, moves: MetricMove[], at: Date): Promise<void> {
    for (const move of moves) {
      for (const threshold of crossedThresholds(move, this.thresholds)) {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO case_milestone (case_id, metric, threshold, reached_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING threshold`,
          [move.caseId, move.metric, threshold, at],
        );
        if (inserted.length === 0) continue;
        await appendToOutbox(manager, {
          contract: CaseMilestoneReached,
          aggregateId: move.caseId,
          source: ACTIONS_EVENT_SOURCE,
          occurredAt: at,
          data: { caseId: move.caseId, metric: move.metric, threshold, total: move.after, reachedAt: at.toISOString() },
        });
      }
    }
  }
}
