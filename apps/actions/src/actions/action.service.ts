import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '@plume/database';
import { badUserInput, conflict, notFound } from '@plume/errors';
import type { CaseDirectory } from '../case-projection/case-directory';
import type { ActionLedger } from './action-ledger';
import { ActionEntity } from './action.entity';
import type { RecordActionInput } from './action.input';

/** Who records: a section website (online actions of the public) or a section's staff member. */
export interface RecordingCaller {
  kind: 'website' | 'staff';
  section: string;
  subject: string;
}

/** Actions recorded one by one by section websites and staff, and staff's review of pending ones. */
export class ActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseDirectory,
    private readonly ledger: ActionLedger,
  ) {}

  async find(id: string): Promise<ActionEntity | null> {
    return this.dataSource.manager.findOneBy(ActionEntity, { id });
  }

  /** Idempotent on (section, idempotencyKey): a retry gets the action the first request recorded. */
  async record(caller: RecordingCaller, input: RecordActionInput): Promise<ActionEntity> {
    const replay = await this.replayOf(caller, input);
    if (replay) return replay;
    const now = new Date();
    const occurredAt = input.occurredAt ?? now;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const known = await this.cases.requireAccepting(manager, {
          caseId: input.caseId,
          audience: caller.kind === 'website' ? 'public' : 'staff',
          channel: caller.kind === 'website' ? 'ONLINE' : 'REPORTED',
          occurredAt,
          field: 'input.caseId',
        });
        const campaignId = await this.cases.campaignFor(manager, known, input.campaignId, 'input.campaignId');
        const [action] = await this.ledger.add(
          manager,
          [
            {
              caseId: input.caseId,
              campaignId,
              section: caller.section,
              supporterId: input.supporterId ?? null,
              type: input.type,
              source: input.source,
              quantity: input.quantity,
              occurredAt,
              status: input.pendingConfirmation ? 'PENDING_CONFIRMATION' : 'ACCEPTED',
              recordedBy: caller.subject,
              idempotencyKey: input.idempotencyKey ?? null,
            },
          ],
          now,
        );
        return action;
      });
    } catch (error) {
      // The same key sent twice at once: the other request recorded it first.
      if (isUniqueViolation(error)) {
        const recorded = await this.replayOf(caller, input);
        if (recorded) return recorded;
      }
      throw error;
    }
  }

  /** Staff of the action's section: a pending action is counted (CONFIRM) or set aside (REJECT). */
  async review(section: string, id: string, decision: 'CONFIRM' | 'REJECT'): Promise<ActionEntity> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.findOne(ActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      // Another section's action is as good as absent: its existence is not for this caller to learn.
      if (!action || action.section !== section) throw notFound('Action', id);
      if (action.status !== 'PENDING_CONFIRMATION') {
        throw badUserInput(`The action is ${action.status}: only PENDING_CONFIRMATION actions are reviewed.`, [{ field: 'id', message: `is ${action.status}` }]);
      }
      if (decision === 'REJECT') {
        await manager.update(ActionEntity, { id }, { status: 'REJECTED', statusChangedAt: now });
        return { ...action, status: 'REJECTED', statusChangedAt: now };
      }
      await this.cases.requireAccepting(manager, { caseId: action.caseId, audience: 'staff', channel: 'REPORTED', occurredAt: action.occurredAt, field: 'id' });
      await this.ledger.accept(manager, action, now);
      return action;
    });
  }

  private async replayOf(caller: RecordingCaller, input: RecordActionInput): Promise<ActionEntity | null> {
    if (!input.idempotencyKey) return null;
    const first = await this.dataSource.manager.findOneBy(ActionEntity, { section: caller.section, idempotencyKey: input.idempotencyKey });
    if (!first) return null;
    if (first.caseId !== input.caseId || first.type !== input.type || first.quantity !== input.quantity) {
      throw conflict('This idempotency key was already used for another action: send a new key for a new action.');
    }
    return first;
  }
}
