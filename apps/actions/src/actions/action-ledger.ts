import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ActionRecorded, ActionRetracted, appendAllToOutbox } from '@plume/events';
import { applyCounterChanges } from '../counters/counter-store';
import type { Milestones } from '../counters/milestones';
import { ACTIONS_EVENT_SOURCE } from '../events';
import { ActionEntity, type ActionSource, type ActionType } from './action.entity';

export interface NewAction {
  id?: string;
  caseId: string;
  campaignId: string | null;
  section: string;
  supporterId: string | null;
  type: ActionType;
  source: ActionSource;
  quantity: number;
  occurredAt: Date;
  status: 'ACCEPTED' | 'PENDING_CONFIRMATION';
  recordedBy: string;
  idempotencyKey?: string | null;
  feedbackSubmissionId?: string | null;
}

export type RetractionReason = 'SIGNER_RETRACTED' | 'REPLACED' | 'INVALIDATED';

/**
 * The one place where actions start or stop counting. Each method runs inside the caller's transaction
 * and does three things together: the action's status, the counters (and milestones), and the event on
 * `plume.actions`. So the API's totals and the totals a consumer adds up from the topic cannot drift.
 */
export class ActionLedger {
  constructor(private readonly milestones: Milestones) {}

  /** Inserts actions; the ACCEPTED ones are counted and announced at once. */
  async add(manager: EntityManager, drafts: NewAction[], now: Date): Promise<ActionEntity[]> {
    if (drafts.length === 0) return [];
    const actions = drafts.map((draft) =>
      manager.create(ActionEntity, {
        ...draft,
        id: draft.id ?? randomUUID(),
        recordedAt: now,
        statusChangedAt: null,
        idempotencyKey: draft.idempotencyKey ?? null,
        feedbackSubmissionId: draft.feedbackSubmissionId ?? null,
      }),
    );
    await insertActions(manager, actions);
    await this.startCounting(manager, actions.filter((action) => action.status === 'ACCEPTED'), now);
    return actions;
  }

  /** A pending action confirmed by staff: ACCEPTED, counted, announced. */
  async accept(manager: EntityManager, action: ActionEntity, now: Date): Promise<void> {
    await this.setStatus(manager, [action], 'ACCEPTED', now);
    await this.startCounting(manager, [action], now);
  }

  /**
   * Counted actions that stop counting: RETRACTED (REJECTED when staff invalidated them), counters down,
   * `action.retracted` each.
   */
  async retract(manager: EntityManager, actions: ActionEntity[], reason: RetractionReason, now: Date): Promise<void> {
    const counted = actions.filter((action) => action.status === 'ACCEPTED');
    if (counted.length === 0) return;
    await this.setStatus(manager, counted, reason === 'INVALIDATED' ? 'REJECTED' : 'RETRACTED', now);
    await appendAllToOutbox(
      manager,
      counted.map((action) => ({
        contract: ActionRetracted,
        aggregateId: action.caseId,
        source: ACTIONS_EVENT_SOURCE,
        occurredAt: now,
        data: { ...countedActionData(action), retractedAt: now.toISOString(), reason },
      })),
    );
    await applyCounterChanges(manager, counted.map((action) => ({ action, direction: -1 as const })));
  }

  private async startCounting(manager: EntityManager, actions: ActionEntity[], now: Date): Promise<void> {
    if (actions.length === 0) return;
    // Events first, counters last: a case's counter rows are what concurrent writers queue on, so they
    // are locked as late as possible and held for as few statements as possible before the commit.
    await appendAllToOutbox(
      manager,
      actions.map((action) => ({
        contract: ActionRecorded,
        aggregateId: action.caseId,
        source: ACTIONS_EVENT_SOURCE,
        occurredAt: now,
        data: { ...countedActionData(action), recordedAt: now.toISOString(), feedbackSubmissionId: action.feedbackSubmissionId },
      })),
    );
    const moves = await applyCounterChanges(manager, actions.map((action) => ({ action, direction: 1 as const })));
    await this.milestones.announce(manager, moves, now);
  }

  private async setStatus(manager: EntityManager, actions: ActionEntity[], status: ActionEntity['status'], now: Date): Promise<void> {
    await manager.update(ActionEntity, { id: In(actions.map((action) => action.id)) }, { status, statusChangedAt: now });
    for (const action of actions) {
      action.status = status;
      action.statusChangedAt = now;
    }
  }
}

/**
 * One row per action, every column set as the entity insert set it (`recorded_at` too, not its default).
 * Plain SQL rather than `manager.insert`: TypeORM's query builder cost per row showed in the CPU profile
 * of one-click signing.
 */
async function insertActions(manager: EntityManager, actions: ActionEntity[]): Promise<void> {
  const column = <Value>(pick: (action: ActionEntity) => Value) => actions.map(pick);
  await manager.query(
    `INSERT INTO action (id, type, quantity, case_id, campaign_id, section, supporter_id, source, status, occurred_at,
                         recorded_at, status_changed_at, recorded_by, idempotency_key, feedback_submission_id)
     SELECT d.id, d.type, d.quantity, d.case_id, d.campaign_id, d.section, d.supporter_id, d.source, d.status, d.occurred_at,
            d.recorded_at, d.status_changed_at, d.recorded_by, d.idempotency_key, d.feedback_submission_id
       FROM unnest($1::uuid[], $2::text[], $3::integer[], $4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::text[], $9::text[],
                   $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::text[], $14::text[], $15::uuid[])
            WITH ORDINALITY AS d(id, type, quantity, case_id, campaign_id, section, supporter_id, source, status, occurred_at,
                                 recorded_at, status_changed_at, recorded_by, idempotency_key, feedback_submission_id, position)
      ORDER BY d.position`,
    [
      column((action) => action.id),
      column((action) => action.type),
      column((action) => action.quantity),
      column((action) => action.caseId),
      column((action) => action.campaignId),
      column((action) => action.section),
      column((action) => action.supporterId),
      column((action) => action.source),
      column((action) => action.status),
      column((action) => action.occurredAt),
      column((action) => action.recordedAt),
      column((action) => action.statusChangedAt),
      column((action) => action.recordedBy),
      column((action) => action.idempotencyKey),
      column((action) => action.feedbackSubmissionId),
    ],
  );
}

/** What every action event says about the action: ids, type, quantity, case, campaign, section, source, time. */
function countedActionData(action: ActionEntity) {
  return {
    actionId: action.id,
    caseId: action.caseId,
    campaignId: action.campaignId,
    section: action.section,
    supporterId: action.supporterId,
    type: action.type,
    source: action.source,
    quantity: action.quantity,
    occurredAt: action.occurredAt.toISOString(),
  };
}
