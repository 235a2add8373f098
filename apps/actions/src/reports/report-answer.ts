import type { ActionSource, ActionType } from '../actions/action.entity';
import { referenceTo } from '../entity-reference';
import type { ReportPart } from './report-cache';
import type { ReportDimension, ReportFilter, ReportShape } from './report-filter';
import type { ReportRowView } from './report-view';
import { ReportStore, type PeopleCount, type RawReportRow, type ReportReader } from './report-store';
import { suppressSmallCells } from './small-cells';

/** A report row as answered: the small-cell rule applied; `people` undefined when they were not counted. */
export type AnsweredRow = Omit<ReportRowView, 'people'> & {
  /** Null on the suppressed row. */
  people: PeopleCount | null | undefined;
};

/**
 * The parts of one report read in one snapshot, with the watermark of that snapshot. Shared between
 * requests by the cache: never changed once computed.
 */
export interface ReportAnswer {
  asOf: Date | null;
  rows?: { rows: AnsweredRow[]; suppressedRows: number };
  totals?: { actions: number; quantity: number };
  totalPeople?: PeopleCount;
}

const NOBODY: PeopleCount = { distinctSupporters: 0, distinctSigners: 0 };

export async function computeReportAnswer(reader: ReportReader, filter: ReportFilter, shape: ReportShape, parts: ReadonlySet<ReportPart>, minPeople: number): Promise<ReportAnswer> {
  const answer: ReportAnswer = { asOf: await reader.asOf() };
  if (parts.has('rows') || parts.has('rowPeople')) answer.rows = await answeredRows(reader, filter, shape, parts.has('rowPeople'), minPeople);
  if (parts.has('totals')) answer.totals = await reader.totals(filter);
  if (parts.has('totalPeople')) answer.totalPeople = await reader.totalPeople(filter);
  return answer;
}

/** Rows with the small-cell rule: a row that concerns one section needs its people counted. */
async function answeredRows(reader: ReportReader, filter: ReportFilter, shape: ReportShape, withPeople: boolean, minPeople: number): Promise<NonNullable<ReportAnswer['rows']>> {
  const reportSection = filter.sections?.length === 1 ? filter.sections[0] : null;
  const needsPeopleForRule = reportSection !== null || shape.groupBy.includes('SECTION');
  const raw = await reader.rows(filter, shape);
  const people = withPeople || needsPeopleForRule ? await reader.peopleByRow(filter, shape) : null;
  const rows = raw.map((row) => toRow(row, shape.groupBy, people ? (people.get(ReportStore.keyOf(row, shape)) ?? NOBODY) : undefined));
  if (!needsPeopleForRule) return { rows, suppressedRows: 0 };
  const { kept, suppressed } = suppressSmallCells(rows, {
    minPeople,
    reportSection,
    section: (row) => row.section,
    people: (row) => row.people?.distinctSupporters ?? 0,
    measures: (row) => row,
  });
  return { rows: suppressed ? [...kept, suppressedRow(suppressed)] : kept, suppressedRows: suppressed?.rows ?? 0 };
}

function toRow(row: RawReportRow, groupBy: ReportDimension[], people: PeopleCount | undefined): AnsweredRow {
  const value = (dimension: ReportDimension) => {
    const index = groupBy.indexOf(dimension);
    return index < 0 ? null : row.dimensions[index];
  };
  const campaign = value('CAMPAIGN');
  const caseId = value('CASE');
  return {
    campaign: campaign ? referenceTo(campaign) : null,
    case: caseId ? referenceTo(caseId) : null,
    section: value('SECTION'),
    country: value('COUNTRY'),
    type: value('ACTION_TYPE') as ActionType | null,
    source: value('SOURCE') as ActionSource | null,
    period: row.periodLabel,
    periodStart: row.periodStart,
    suppressed: false,
    actions: row.actions,
    quantity: row.quantity,
    people,
  };
}

function suppressedRow(merged: { actions: number; quantity: number }): AnsweredRow {
  return {
    campaign: null,
    case: null,
    section: null,
    country: null,
    type: null,
    source: null,
    period: null,
    periodStart: null,
    suppressed: true,
    actions: merged.actions,
    quantity: merged.quantity,
    people: null,
  };
}
