import { forbidden } from '@plume/errors';
import type { AuthenticatedPrincipal } from '@plume/auth';
import type { ActionSource, ActionType } from '../actions/action.entity';
import { referenceTo } from '../entity-reference';
import type { ReportDimension, ReportFilter, ReportShape } from './report-filter';
import { ReportStore } from './report-store';
import type { ActionReportView, CaseReportRowView, PeopleCountView, ReportRowView } from './report-view';
import { suppressSmallCells } from './small-cells';

const once = <T>(compute: () => Promise<T>): (() => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= compute());
};

/**
 * Reports for analysts (every section) and staff (their own): the roll-ups, scoped to the caller and
 * with the small-cell rule applied to every row that concerns a single section.
 */
export class ReportService {
  constructor(
    private readonly store: ReportStore,
    private readonly minPeople: number,
  ) {}

  /** Staff are held to their own section; analysts and admins see every section. */
  scope(caller: AuthenticatedPrincipal, filter: ReportFilter): ReportFilter {
    if (caller.role !== 'staff') return filter;
    if (filter.sections && filter.sections.some((section) => section !== caller.section)) {
      throw forbidden(`Staff reports cover their own section only (${caller.section}).`);
    }
    return { ...filter, sections: [caller.section as string] };
  }

  actionReport(filter: ReportFilter, shape: ReportShape): ActionReportView {
    const reportSection = filter.sections?.length === 1 ? filter.sections[0] : null;
    const needsPeopleForRule = reportSection !== null || shape.groupBy.includes('SECTION');
    const people = once(() => this.store.peopleByRow(filter, shape));
    const views = once(async () => {
      const rows = await this.store.rows(filter, shape);
      return rows.map((row) => {
        const rowPeople = async () => (await people()).get(ReportStore.keyOf(row, shape)) ?? { distinctSupporters: 0, distinctSigners: 0 };
        return toView(row.dimensions, shape.groupBy, row, rowPeople);
      });
    });
    const ruled = once(async () => {
      const rows = await views();
      if (!needsPeopleForRule) return { rows, suppressedRows: 0 };
      const counted = await Promise.all(rows.map(async (row) => ({ row, people: (await row.people())?.distinctSupporters ?? 0 })));
      const { kept, suppressed } = suppressSmallCells(counted, {
        minPeople: this.minPeople,
        reportSection,
        section: (entry) => entry.row.section,
        people: (entry) => entry.people,
        measures: (entry) => entry.row,
      });
      return { rows: [...kept.map((entry) => entry.row), ...(suppressed ? [suppressedView(suppressed)] : [])], suppressedRows: suppressed?.rows ?? 0 };
    });
    return {
      rows: async () => (await ruled()).rows,
      suppressedRows: async () => (await ruled()).suppressedRows,
      totals: { sums: once(() => this.store.totals(filter)), people: once(() => this.store.totalPeople(filter)) },
      asOf: () => this.store.asOf(),
      minPeople: this.minPeople,
    };
  }

  async caseReport(filter: ReportFilter, first: number): Promise<CaseReportRowView[]> {
    const collections = await this.store.caseCollections(filter, first);
    const countsSigners = !filter.types || filter.types.includes('ONLINE_SIGNATURE');
    const signers = countsSigners ? await this.store.signersByCase(filter, collections.map((row) => row.caseId)) : new Map<string, number>();
    const reportSection = filter.sections?.length === 1 ? filter.sections[0] : null;
    return collections
      .map((row) => ({
        case: referenceTo(row.caseId),
        signatures: row.onlineSignatures + row.paperSignatures,
        onlineSignatures: row.onlineSignatures,
        paperSignatures: row.paperSignatures,
        letters: row.letters,
        actions: row.actions,
        distinctSigners: signers.get(row.caseId) ?? 0,
      }))
      .filter((row) => reportSection === null || row.distinctSigners === 0 || row.distinctSigners >= this.minPeople);
  }
}

function toView(
  values: (string | null)[],
  groupBy: ReportDimension[],
  row: { periodStart: string | null; periodLabel: string | null; actions: number; quantity: number },
  people: () => Promise<PeopleCountView | null>,
): ReportRowView {
  const value = (dimension: ReportDimension) => {
    const index = groupBy.indexOf(dimension);
    return index < 0 ? null : values[index];
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

function suppressedView(merged: { actions: number; quantity: number }): ReportRowView {
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
    people: async () => null,
  };
}
