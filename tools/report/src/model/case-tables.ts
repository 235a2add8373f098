import type { CaseReportRow } from '../gateway/report-types';
import type { CellValue, Column, Table } from './report';

/** What was collected for a case (a row of caseReport). */
export const COLLECTED_COLUMNS: Column[] = [
  { key: 'signatures', label: 'Signatures', kind: 'number' },
  { key: 'online_signatures', label: 'Online', kind: 'number' },
  { key: 'paper_signatures', label: 'Paper', kind: 'number' },
  { key: 'letters', label: 'Letters', kind: 'number' },
  { key: 'quantity', label: 'All actions (quantity)', kind: 'number' },
  { key: 'distinct_signers', label: 'Online signers', kind: 'number' },
];

/** The COLLECTED_COLUMNS of a caseReport row; zeros when there is none (nothing was collected). */
export function collectedCells(row: CaseReportRow | undefined): Record<string, CellValue> {
  return {
    signatures: row?.signatures ?? 0,
    online_signatures: row?.onlineSignatures ?? 0,
    paper_signatures: row?.paperSignatures ?? 0,
    letters: row?.letters ?? 0,
    quantity: row?.actions ?? 0,
    distinct_signers: row?.distinctSigners ?? 0,
  };
}

/** What was collected for each case (caseReport), biggest first as the API sorts it. */
export function caseTable(rows: CaseReportRow[]): Table {
  return {
    id: 'per-case',
    title: 'Per case',
    columns: [
      { key: 'person_name', label: 'Case', kind: 'text' },
      { key: 'slug', label: 'Slug', kind: 'text', csvOnly: true },
      { key: 'country', label: 'Country', kind: 'text' },
      { key: 'status', label: 'Status', kind: 'text' },
      { key: 'status_changed_on', label: 'Since', kind: 'text' },
      ...COLLECTED_COLUMNS,
    ],
    rows: rows.map((row) => ({
      cells: {
        person_name: row.case?.personName ?? null,
        slug: row.case?.slug ?? null,
        country: row.case?.country ?? null,
        status: row.case?.status ?? null,
        status_changed_on: row.case?.statusChangedOn ?? null,
        ...collectedCells(row),
      },
    })),
    suppressedRows: 0,
  };
}
