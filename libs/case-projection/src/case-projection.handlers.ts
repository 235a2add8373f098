import type { EntityManager } from 'typeorm';
import { CaseCreated, CaseStatusChanged, CaseUpdated, onEvent, type CloudEvent, type EventData, type EventHandler } from '@plume/events';
import { applyCaseCreated, applyCaseStatusChanged, applyCaseUpdated } from './known-case.upserts';

/** What an app does when a case's status changes, in the transaction that records the change. */
export type CaseStatusReaction = (data: EventData<typeof CaseStatusChanged>, manager: EntityManager, event: CloudEvent) => Promise<void>;

export interface CaseProjectionReactions {
  /**
   * Called for every status change (ACTIVE again included), after the row has its new status and in the
   * same transaction as the processed-event mark: a redelivered event reacts nothing twice.
   */
  onStatusChanged?: CaseStatusReaction;
  /** Handlers for other event types of `plume.cases` kept in the same consumer group (e.g. campaigns). */
  extraHandlers?: Record<string, EventHandler>;
}

const PROJECTED_TYPES = [CaseCreated.type, CaseUpdated.type, CaseStatusChanged.type];

/** The handlers of the case projection, by CloudEvents type, for createIdempotentConsumer. */
export function caseProjectionHandlers(reactions: CaseProjectionReactions = {}): Record<string, EventHandler> {
  const extra = reactions.extraHandlers ?? {};
  // An app replacing a projection handler would silently fork the projection: that is what onStatusChanged is for.
  const clash = PROJECTED_TYPES.find((type) => type in extra);
  if (clash) throw new Error(`extraHandlers cannot replace the case projection's handler of ${clash}`);
  return {
    ...extra,
    ...onEvent(CaseCreated, (data, manager) => applyCaseCreated(manager, data)),
    ...onEvent(CaseUpdated, (data, manager) => applyCaseUpdated(manager, data)),
    ...onEvent(CaseStatusChanged, async (data, manager, event) => {
      await applyCaseStatusChanged(manager, data);
      await reactions.onStatusChanged?.(data, manager, event);
    }),
  };
}
