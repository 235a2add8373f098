/** The shapes of the gateway's report types this tool asks for (apps/gateway/src/api-schema.graphql). */

export const ACTION_TYPES = ['LETTER', 'EMAIL', 'TWEET', 'POSTCARD', 'DRAWING', 'ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'EVENT', 'OTHER'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type ReportDimension = 'CAMPAIGN' | 'CASE' | 'SECTION' | 'COUNTRY' | 'ACTION_TYPE' | 'SOURCE';
export type ReportPeriod = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** `ActionReportFilter`: absent lists do not narrow. */
export interface ActionReportFilter {
  campaignIds?: string[];
  caseIds?: string[];
  sections?: string[];
  from?: string;
  to?: string;
}

export interface ActionReportRow {
  campaign?: { code: string; name: string } | null;
  case?: { slug: string; personName: string } | null;
  section: string | null;
  country: string | null;
  type: ActionType | null;
  period: string | null;
  periodStart: string | null;
  /** The one row merging the rows of too few people; its dimensions and people counts are null. */
  suppressed: boolean;
  actions: number;
  quantity: number;
  distinctSupporters: number | null;
  distinctSigners: number | null;
}

export interface ActionReportTotals {
  actions: number;
  quantity: number;
  distinctSupporters: number;
  distinctSigners: number;
}

export interface ActionReport {
  rows: ActionReportRow[];
  /** Present when asked for (it costs the subgraph a distinct count over the whole report). */
  totals?: ActionReportTotals;
  asOf: string | null;
  minPeople: number;
  suppressedRows: number;
}

export interface CaseReportRow {
  case: { slug: string; personName: string; country: string; status: string; statusChangedOn: string | null } | null;
  signatures: number;
  onlineSignatures: number;
  paperSignatures: number;
  letters: number;
  actions: number;
  distinctSigners: number;
}

export interface CampaignInfo {
  id: string;
  code: string;
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  status: string;
}

export interface HandoverCounts {
  signatures: number;
  onlineSignatures: number;
  paperSignatures: number;
  letters: number;
}

export interface DeliveryInfo {
  section: string;
  status: string;
  plannedFor: string | null;
  deliveredAt: string | null;
  cutoffAt: string | null;
  counts: HandoverCounts | null;
  embassy: { city: string; hostCountry: string } | null;
}

export interface AwaitingDeliveryInfo extends HandoverCounts {
  section: string;
  lastCutoffAt: string | null;
  collected: HandoverCounts;
}

export interface CaseInfo {
  id: string;
  slug: string;
  personName: string;
  country: string;
  status: string;
  statusChangedOn: string | null;
  campaigns: { code: string; name: string }[];
  /** Null when the supporters subgraph did not answer. */
  adopterCount: number | null;
  /** Null when the deliveries subgraph did not answer. */
  deliveries: DeliveryInfo[] | null;
  awaitingDelivery: AwaitingDeliveryInfo[] | null;
}

export interface SectionInfo {
  code: string;
  name: string;
}
