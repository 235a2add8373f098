import { requireRole } from '@plume/auth';
import { badUserInput, validateInput } from '@plume/errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { reportFilterSchema, reportShapeSchema } from './report-filter';
import { requestedReportParts } from './report-selection';

const REPORT_ROLES = ['analyst', 'admin', 'staff'] as const;

/** Reports for the international secretariat (analysts, admins) and for staff about their own section. */
export const reportResolvers: Resolvers = {
  Query: {
    actionReport: (_parent, args, context, info) => {
      const caller = requireRole(context.principal, ...REPORT_ROLES);
      const filter = context.reports.scope(caller, validateInput(reportFilterSchema, args.filter ?? {}, 'filter'));
      const shape = validateInput(reportShapeSchema, { groupBy: args.groupBy, period: args.period }, '');
      return context.reports.actionReport(caller, filter, shape, requestedReportParts(info));
    },
    caseReport: (_parent, args, context) => {
      const caller = requireRole(context.principal, ...REPORT_ROLES);
      const filter = context.reports.scope(caller, validateInput(reportFilterSchema, args.filter ?? {}, 'filter'));
      const first = args.first ?? 100;
      if (first < 1 || first > 1_000) throw badUserInput('Invalid arguments. first: must be between 1 and 1,000', [{ field: 'first', message: 'must be between 1 and 1,000' }]);
      return context.reports.caseReport(filter, first);
    },
  },
  ActionReport: {
    rows: (report) => report.rows(),
    totals: (report) => report.totals,
    asOf: (report) => report.asOf(),
    suppressedRows: (report) => report.suppressedRows(),
  },
  ActionReportRow: {
    distinctSupporters: async (row) => (await row.people())?.distinctSupporters ?? null,
    distinctSigners: async (row) => (await row.people())?.distinctSigners ?? null,
  },
  ActionReportTotals: {
    actions: async (totals) => (await totals.sums()).actions,
    quantity: async (totals) => (await totals.sums()).quantity,
    distinctSupporters: async (totals) => (await totals.people()).distinctSupporters,
    distinctSigners: async (totals) => (await totals.people()).distinctSigners,
  },
};
