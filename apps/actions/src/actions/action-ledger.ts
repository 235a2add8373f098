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
    await manager.insert(ActionEntity, actions);
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
