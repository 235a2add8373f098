import type { CaseReportRow } from '../gateway/report-types';
import type { Table } from './report';

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
      { key: 'signatures', label: 'Signatures', kind: 'number' },
      { key: 'online_signatures', label: 'Online', kind: 'number' },
      { key: 'paper_signatures', label: 'Paper', kind: 'number' },
      { key: 'letters', label: 'Letters', kind: 'number' },
      { key: 'quantity', label: 'All actions (quantity)', kind: 'number' },
      { key: 'distinct_signers', label: 'Online signers', kind: 'number' },
    ],
    rows: rows.map((row) => ({
      cells: {
        person_name: row.case?.personName ?? null,
        slug: row.case?.slug ?? null,
        country: row.case?.country ?? null,
        status: row.case?.status ?? null,
        status_changed_on: row.case?.statusChangedOn ?? null,
        signatures: row.signatures,
        online_signatures: row.onlineSignatures,
        paper_signatures: row.paperSignatures,
        letters: row.letters,
        quantity: row.actions,
        distinct_signers: row.distinctSigners,
      },
    })),
    suppressedRows: 0,
  };
}
