import { In, type DataSource } from 'typeorm';
import { isUuid } from '@plume/errors';
import { toConnection, type Connection } from '@plume/pagination';
import { decodeSupporterCursor, encodeSupporterCursor } from './supporter-cursor';
import { SupporterEntity } from './supporter.entity';
import type { SupporterFilter } from './supporter.input';

/** `%` and `_` typed by staff are letters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Reads of supporters; callers have already checked that the caller is staff of `section`. */
export class SupporterQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<(SupporterEntity | null)[]> {
    // Ids come from clients and the gateway: one that is not a UUID names nothing (and must not reach SQL).
    const found = await this.dataSource.getRepository(SupporterEntity).findBy({ id: In(ids.filter(isUuid)) });
    return ids.map((id) => found.find((supporter) => supporter.id === id) ?? null);
  }

  async page(section: string, filter: SupporterFilter, first: number, after: string | null | undefined): Promise<Connection<SupporterEntity>> {
    const query = this.dataSource.getRepository(SupporterEntity).createQueryBuilder('s').where('s.section_code = :section', { section });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.name) query.andWhere(`(s.given_name || ' ' || s.family_name) ILIKE :name`, { name: likePattern(filter.name) });
    if (filter.email) query.andWhere('s.email ILIKE :email', { email: likePattern(filter.email) });
    if (filter.caseId) {
      query.andWhere(`EXISTS (SELECT 1 FROM adoption a WHERE a.supporter_id = s.id AND a.case_id = :caseId AND a.status = 'ACTIVE')`, { caseId: filter.caseId });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      query.andWhere(`(COALESCE(s.family_name, ''), COALESCE(s.given_name, ''), s.id) > (:familyName, :givenName, :id)`, decodeSupporterCursor(after));
    }
    const rows = await query
      .orderBy(`COALESCE(s.family_name, '')`, 'ASC')
      .addOrderBy(`COALESCE(s.given_name, '')`, 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, encodeSupporterCursor, totalCount);
  }
}
