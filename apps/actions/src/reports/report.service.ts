import { forbidden } from '@plume/errors';
import type { AuthenticatedPrincipal } from '@plume/auth';
import { referenceTo } from '../entity-reference';
import { computeReportAnswer, type AnsweredRow, type ReportAnswer } from './report-answer';
import { ReportCache, type ReportPart } from './report-cache';
import { withPatience } from './report-patience';
import type { ReportFilter, ReportShape } from './report-filter';
import type { ReportStore } from './report-store';
import type { ActionReportView, CaseReportRowView, ReportRowView } from './report-view';

const once = <T>(compute: () => Promise<T>): (() => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= compute());
};

/** A few hundred answers of at most 30,000 rows in all: a few MB of a service capped at 112 MB of old space. */
const CACHE_ENTRIES = 300;
const CACHE_ROWS = 30_000;

export interface ReportServiceOptions {
  /** The small-cell threshold (`REPORT_MIN_PEOPLE`). */
  minPeople: number;
  /** How long an answer is served again (`REPORT_CACHE_MAX_AGE_SECONDS`); 0 computes every request. */
  cacheMaxAgeSeconds: number;
  /** How long a request waits for its report before being told to ask again (`REPORT_WAIT_LIMIT_MS`; with the cache only). */
  waitLimitMs: number;
}

/**
 * Reports for analysts (every section) and staff (their own): the roll-ups, scoped to the caller and
 * with the small-cell rule applied to every row that concerns a single section. Each answer is read in
 * one snapshot and kept for `cacheMaxAgeSeconds`, its `asOf` saying up to which event it counts.
 */
export class ReportService {
  private readonly minPeople: number;
  private readonly cache: ReportCache<ReportAnswer>;
  private readonly waitLimitMs: number | null;

  constructor(
    private readonly store: ReportStore,
    options: ReportServiceOptions,
  ) {
    this.minPeople = options.minPeople;
    this.cache = new ReportCache({ maxAgeMs: options.cacheMaxAgeSeconds * 1_000, maxEntries: CACHE_ENTRIES, maxRows: CACHE_ROWS });
    this.waitLimitMs = options.cacheMaxAgeSeconds > 0 ? options.waitLimitMs : null;
  }

  /** Staff are held to their own section; analysts and admins see every section. */
  scope(caller: AuthenticatedPrincipal, filter: ReportFilter): ReportFilter {
    if (caller.role !== 'staff') return filter;
    if (filter.sections && filter.sections.some((section) => section !== caller.section)) {
      throw forbidden(`Staff reports cover their own section only (${caller.section}).`);
    }
    return { ...filter, sections: [caller.section as string] };
  }

  /** `filter` already scoped (see `scope`); `parts` what the query asks for (see report-selection.ts). */
  actionReport(caller: AuthenticatedPrincipal, filter: ReportFilter, shape: ReportShape, parts: ReadonlySet<ReportPart>): ActionReportView {
    const key = cacheKey(caller, filter, shape, this.minPeople);
    const answerWith = (wanted: ReadonlySet<ReportPart>) => {
      const cached = this.cache.answer(
        key,
        wanted,
        (all) => this.store.snapshot((reader) => computeReportAnswer(reader, filter, shape, all, this.minPeople)),
        (answer) => (answer.rows?.rows.length ?? 0) + 1,
      );
      return this.waitLimitMs === null ? cached : withPatience(cached, this.waitLimitMs);
    };
    // One answer per request, so that every field of the response comes from the same snapshot.
    const answer = once(() => answerWith(parts));
    // A part the selection did not show (it cannot happen with the fields of the schema) is read apart.
    const withPart = async (part: ReportPart) => {
      const first = await answer();
      return hasPart(first, part) ? first : answerWith(new Set([...parts, part]));
    };
    const rowPeople = once(async () => new Map(present((await withPart('rowPeople')).rows).rows.map((row) => [rowIdentity(row), row.people])));
    const rows = once(async () => present((await withPart('rows')).rows));
    return {
      rows: async () => (await rows()).rows.map((row) => toView(row, async () => (row.people !== undefined ? row.people : ((await rowPeople()).get(rowIdentity(row)) ?? null)))),
      suppressedRows: async () => (await rows()).suppressedRows,
      totals: {
        sums: async () => present((await withPart('totals')).totals),
        people: async () => present((await withPart('totalPeople')).totalPeople),
      },
      asOf: async () => (await answer()).asOf,
      minPeople: this.minPeople,
    };
  }

  async caseReport(filter: ReportFilter, first: number): Promise<CaseReportRowView[]> {
    const countsSigners = !filter.types || filter.types.includes('ONLINE_SIGNATURE');
    const { collections, signers } = await this.store.snapshot(async (reader) => {
      const collections = await reader.caseCollections(filter, first);
      return { collections, signers: countsSigners ? await reader.signersByCase(filter, collections.map((row) => row.caseId)) : new Map<string, number>() };
    });
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

const hasPart = (answer: ReportAnswer, part: ReportPart) =>
  part === 'rows' ? answer.rows !== undefined : part === 'rowPeople' ? answer.rows?.rows.every((row) => row.people !== undefined) === true : answer[part] !== undefined;

/**
 * Everything an answer depends on. The caller's scope is part of it although staff filters already
 * name their section: an answer computed for one scope is never served to another, whatever the filter.
 */
function cacheKey(caller: AuthenticatedPrincipal, filter: ReportFilter, shape: ReportShape, minPeople: number): string {
  const scope = caller.role === 'staff' ? `section:${caller.section}` : 'every-section';
  const sorted = (values: readonly string[] | null) => (values ? [...values].sort() : null);
  const normalized = [filter.campaignIds, filter.caseIds, filter.sections, filter.countries, filter.types, filter.sources].map(sorted);
  return JSON.stringify([scope, normalized, filter.from, filter.to, shape.groupBy, shape.period, minPeople]);
}

/** A part `withPart` made sure of. */
function present<T>(part: T | undefined): T {
  if (part === undefined) throw new Error('A report part was not computed.');
  return part;
}

const rowIdentity = (row: AnsweredRow) => JSON.stringify([row.campaign?.id, row.case?.id, row.section, row.country, row.type, row.source, row.periodStart, row.suppressed]);

function toView(row: AnsweredRow, people: ReportRowView['people']): ReportRowView {
  const { people: _counted, ...fields } = row;
  return { ...fields, people };
}
