import type { ActionType } from '../gateway/report-types';

const TYPE_LABELS: Record<ActionType, string> = {
  LETTER: 'Letters',
  EMAIL: 'Emails',
  TWEET: 'Tweets',
  POSTCARD: 'Postcards',
  DRAWING: 'Drawings',
  ONLINE_SIGNATURE: 'Online signatures',
  PAPER_SIGNATURES: 'Paper signatures',
  EVENT: 'Events',
  OTHER: 'Other',
};

export function actionTypeLabel(type: string): string {
  return TYPE_LABELS[type as ActionType] ?? type;
}

/** What the merged small cells are called on the page. */
export function suppressedLabel(rows: number): string {
  return `Small cells merged (${rows} ${rows === 1 ? 'row' : 'rows'})`;
}

/** The note shown under a table or at the top of the page. */
export function smallCellNote(suppressedRows: number, minPeople: number): string {
  const rows = `${suppressedRows} ${suppressedRows === 1 ? 'row' : 'rows'}`;
  return (
    `${rows} counting fewer than ${minPeople} people in a section ${suppressedRows === 1 ? 'was' : 'were'} merged into one row ` +
    `without dimensions or people counts, so that no one can be singled out; its actions and quantities still count in the totals.`
  );
}
