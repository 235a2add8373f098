import { ACTION_SOURCES, ACTION_TYPES } from '@plume/events';
import type { ActionSource, ActionType } from '../actions/action.entity';
import { ALL_SECTIONS } from './action-total.entity';

export interface ActionStatsView {
  section: string | null;
  total: number;
  signatures: number;
  onlineSignatures: number;
  paperSignatures: number;
  letters: number;
  distinctSigners: number | null;
  byType: { type: ActionType; quantity: number }[];
  bySource: { source: ActionSource; quantity: number }[];
}

export interface TotalRow {
  actionType: ActionType;
  source: ActionSource;
  quantity: number;
}

/**
 * The public shape of a subject's counter rows. `distinctSigners` is passed in because where it comes
 * from depends on the subject (see ActionStatsService); `undefined` means "the online signatures"
 * (one per person and case, which is what a case counts).
 */
export function toActionStats(rows: TotalRow[], section: string, distinctSigners: number | null | undefined): ActionStatsView {
  const sumWhere = (keep: (row: TotalRow) => boolean) => rows.filter(keep).reduce((sum, row) => sum + row.quantity, 0);
  const onlineSignatures = sumWhere((row) => row.actionType === 'ONLINE_SIGNATURE');
  const paperSignatures = sumWhere((row) => row.actionType === 'PAPER_SIGNATURES');
  return {
    section: section === ALL_SECTIONS ? null : section,
    total: sumWhere(() => true),
    signatures: onlineSignatures + paperSignatures,
    onlineSignatures,
    paperSignatures,
    letters: sumWhere((row) => row.actionType === 'LETTER'),
    distinctSigners: distinctSigners === undefined ? onlineSignatures : distinctSigners,
    byType: ACTION_TYPES.map((type) => ({ type, quantity: sumWhere((row) => row.actionType === type) })).filter((entry) => entry.quantity > 0),
    bySource: ACTION_SOURCES.map((source) => ({ source, quantity: sumWhere((row) => row.source === source) })).filter((entry) => entry.quantity > 0),
  };
}
