import { In, type DataSource } from 'typeorm';
import { isUuid } from '@plume/errors';
import { AdoptionEntity, type AdoptionStatus } from './adoption.entity';

/** Reads of adoptions, batched for the per-request loaders. */
export class AdoptionQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<(AdoptionEntity | null)[]> {
    // Ids come from clients and the gateway: one that is not a UUID names nothing (and must not reach SQL).
    const found = await this.dataSource.getRepository(AdoptionEntity).findBy({ id: In(ids.filter(isUuid)) });
    return ids.map((id) => found.find((adoption) => adoption.id === id) ?? null);
  }

  async ofSupporters(supporterIds: readonly string[]): Promise<AdoptionEntity[][]> {
    const found = await this.dataSource.getRepository(AdoptionEntity).find({ where: { supporterId: In([...supporterIds]) }, order: { startedAt: 'DESC' } });
    return supporterIds.map((id) => found.filter((adoption) => adoption.supporterId === id));
  }

  /** Active adopters per case, every section together (the public counter). */
  async activeCounts(caseIds: readonly string[]): Promise<number[]> {
    const rows: { case_id: string; count: number }[] = await this.dataSource.query(
      `SELECT case_id, count(*)::int AS count FROM adoption WHERE case_id = ANY($1::uuid[]) AND status = 'ACTIVE' GROUP BY case_id`,
      [caseIds],
    );
    return caseIds.map((id) => rows.find((row) => row.case_id === id)?.count ?? 0);
  }

  activeOfCaseInSection(caseId: string, section: string): Promise<AdoptionEntity[]> {
    return this.dataSource.getRepository(AdoptionEntity).find({ where: { caseId, sectionCode: section, status: 'ACTIVE' }, order: { startedAt: 'ASC' } });
  }

  filterByStatus(adoptions: AdoptionEntity[], status: AdoptionStatus | null | undefined): AdoptionEntity[] {
    return status ? adoptions.filter((adoption) => adoption.status === status) : adoptions;
  }
}
