import { In, type DataSource } from 'typeorm';
import { isUuid } from '@plume/errors';
import { toConnection, type Connection } from '@plume/pagination';
import { CampaignEntity } from '../campaigns/campaign.entity';
import type { Visibility } from '../visibility';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';
import { CaseEntity, type CaseStatus } from './case.entity';

export interface CaseFilter {
  campaignCode?: string | null;
  country?: string | null;
  status?: CaseStatus | null;
  theme?: string | null;
}

export type CasePage = Connection<CaseEntity>;

/** Reads of cases, always filtered by what the caller may see. */
export class CaseQueries {
  constructor(private readonly dataSource: DataSource) {}

  async find(by: { id?: string | null; slug?: string | null }, visibility: Visibility): Promise<CaseEntity | null> {
    if (by.id && !isUuid(by.id)) return null;
    const where = by.id ? { id: by.id } : { slug: by.slug?.toLowerCase() };
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy(where);
    return found && (found.published || visibility.includeUnpublished) ? found : null;
  }

  async page(filter: CaseFilter, first: number, after: string | null | undefined, visibility: Visibility): Promise<CasePage> {
    const query = this.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
    if (!visibility.includeUnpublished) query.andWhere('c.published = true');
    if (filter.country) query.andWhere('c.country = :country', { country: filter.country });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.theme) query.andWhere(':theme = ANY(c.themes)', { theme: filter.theme });
    if (filter.campaignCode) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM case_campaign cc JOIN campaign k ON k.id = cc.campaign_id WHERE cc.case_id = c.id AND k.code = :code)`,
        { code: filter.campaignCode },
      );
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const cursor = decodeCaseCursor(after);
      query.andWhere('(c.person_name, c.id) > (:personName, :id)', cursor);
    }
    const rows = await query.orderBy('c.person_name', 'ASC').addOrderBy('c.id', 'ASC').take(first + 1).getMany();
    return toConnection(rows, first, encodeCaseCursor, totalCount);
  }

  /** Campaigns of many cases in two queries (used by the per-request loader). */
  async campaignsOf(caseIds: readonly string[]): Promise<CampaignEntity[][]> {
    const links: { case_id: string; campaign_id: string }[] = await this.dataSource.query(
      'SELECT case_id, campaign_id FROM case_campaign WHERE case_id = ANY($1::uuid[])',
      [caseIds],
    );
    const campaignIds = [...new Set(links.map((link) => link.campaign_id))];
    const campaigns = campaignIds.length
      ? await this.dataSource.getRepository(CampaignEntity).find({ where: { id: In(campaignIds) }, order: { startsOn: 'DESC' } })
      : [];
    return caseIds.map((caseId) => {
      const linked = new Set(links.filter((link) => link.case_id === caseId).map((link) => link.campaign_id));
      return campaigns.filter((campaign) => linked.has(campaign.id));
    });
  }

  /** Published cases of a campaign, for `Campaign.cases`. */
  pageForCampaign(code: string, first: number, after: string | null | undefined, visibility: Visibility): Promise<CasePage> {
    return this.page({ campaignCode: code }, first, after, visibility);
  }
}
