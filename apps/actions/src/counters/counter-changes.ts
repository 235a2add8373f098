import type { ActionSource, ActionType } from '../actions/action.entity';
import { ALL_SECTIONS, type CounterSubject } from './action-total.entity';

/** What the counters need to know of an action. */
export interface CountedAction {
  caseId: string;
  campaignId: string | null;
  section: string;
  supporterId: string | null;
  type: ActionType;
  source: ActionSource;
  quantity: number;
}

/** +1: the action starts counting (accepted); -1: it stops (retracted, replaced). */
export interface CounterChange {
  action: CountedAction;
  direction: 1 | -1;
}

export interface TotalDelta {
  subjectKind: CounterSubject;
  subjectId: string;
  section: string;
  actionType: ActionType;
  source: ActionSource;
  delta: number;
}

export interface ProgressDelta {
  caseId: string;
  signatures: number;
  letters: number;
}

const SIGNATURE_TYPES: ReadonlySet<ActionType> = new Set(['ONLINE_SIGNATURE', 'PAPER_SIGNATURES']);

/**
 * The action_total rows a set of changes moves, merged (one delta per row) and sorted, so that every
 * transaction locks counter rows in the same order and two writers can never deadlock.
 * Cases and campaigns count per section and for all sections (`*`); a supporter belongs to one section.
 */
export function totalDeltas(changes: CounterChange[]): TotalDelta[] {
  const merged = new Map<string, TotalDelta>();
  const add = (subjectKind: CounterSubject, subjectId: string, section: string, change: CounterChange) => {
    const { type: actionType, source } = change.action;
    const key = [subjectKind, subjectId, section, actionType, source].join('|');
    const entry = merged.get(key) ?? { subjectKind, subjectId, section, actionType, source, delta: 0 };
    entry.delta += change.direction * change.action.quantity;
    merged.set(key, entry);
  };
  for (const change of changes) {
    const { caseId, campaignId, section, supporterId } = change.action;
    for (const scope of [section, ALL_SECTIONS]) {
      add('CASE', caseId, scope, change);
      if (campaignId) add('CAMPAIGN', campaignId, scope, change);
    }
    if (supporterId) add('SUPPORTER', supporterId, section, change);
  }
  return [...merged.entries()]
    .filter(([, entry]) => entry.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
}

/** Per case, how many signatures and letters the changes add or remove (for milestones), sorted by case. */
export function progressDeltas(changes: CounterChange[]): ProgressDelta[] {
  const byCase = new Map<string, ProgressDelta>();
  for (const { action, direction } of changes) {
    const entry = byCase.get(action.caseId) ?? { caseId: action.caseId, signatures: 0, letters: 0 };
    if (SIGNATURE_TYPES.has(action.type)) entry.signatures += direction * action.quantity;
    if (action.type === 'LETTER') entry.letters += direction * action.quantity;
    byCase.set(action.caseId, entry);
  }
  return [...byCase.values()]
    .filter((entry) => entry.signatures !== 0 || entry.letters !== 0)
    .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
}
