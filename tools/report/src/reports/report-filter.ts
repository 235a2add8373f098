import type { ReportApi } from '../gateway/report-api';
import type { ActionReportFilter, CampaignInfo } from '../gateway/report-types';
import type { Fact } from '../model/report';
import { ReportInputError, type ReportContext, type ReportOptions } from './report-definition';

/** The API filter of the command line's dates and sections, plus the ids resolved from codes and slugs. */
export function actionFilter(options: ReportOptions, ids: { campaignId?: string; caseId?: string } = {}): ActionReportFilter {
  const filter: ActionReportFilter = {};
  if (ids.campaignId) filter.campaignIds = [ids.campaignId];
  if (ids.caseId) filter.caseIds = [ids.caseId];
  if (options.sections.length) filter.sections = options.sections;
  if (options.from) filter.from = options.from;
  if (options.to) filter.to = options.to;
  return filter;
}

/** The filter in words, for the page's header. */
export function describeFilter(options: ReportOptions, campaign?: CampaignInfo | null): Fact[] {
  const facts: Fact[] = [];
  if (campaign) facts.push({ label: 'Campaign', value: `${campaign.code} — ${campaign.name}` });
  facts.push({ label: 'Sections', value: options.sections.length ? options.sections.join(', ') : 'all' });
  facts.push({ label: 'From', value: options.from ?? 'the first action' });
  facts.push({ label: 'To', value: options.to ?? 'today' });
  return facts;
}

/** The campaign of a code, or a clear refusal. */
export async function resolveCampaign(api: ReportApi, code: string, language: string): Promise<CampaignInfo> {
  const campaign = await api.campaign(code, language);
  if (!campaign) throw new ReportInputError(`no campaign has the code ${code} (or it is not visible to this token)`);
  return campaign;
}

/** The campaign of --campaign, resolved in a progress step of its own (count it in `steps`); null without one. */
export async function optionalCampaign({ api, options, progress }: ReportContext): Promise<CampaignInfo | null> {
  if (!options.campaign) return null;
  progress.step(`campaign ${options.campaign}`);
  return resolveCampaign(api, options.campaign, options.language);
}
