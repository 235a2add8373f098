import { In, type DataSource, type EntityManager } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { isUuid } from '@plume/errors';

/**
 * What deliveries read from the shared projection of cases (@plume/case-projection, kept by the
 * consumer of plume.cases): the case's row lock, slugs, batched reads.
 */
export class KnownCaseService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The case, locked for the rest of the transaction: delivery changes of one case happen one after the
   * other (two handovers can never cover the same signatures) and never cross a release being applied.
   */
  lock(manager: EntityManager, caseId: string): Promise<KnownCaseEntity | null> {
    if (!isUuid(caseId)) return Promise.resolve(null);
    return manager.getRepository(KnownCaseEntity).findOne({ where: { caseId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The case a public slug names. Slugs are unique in the cases subgraph, but a broker shared with
   * test runs may have announced other cases with the same slug: the one heard of last wins.
   */
  async idOfSlug(slug: string): Promise<string | null> {
    const found = await this.dataSource.getRepository(KnownCaseEntity).findOne({ where: { slug }, order: { updatedAt: 'DESC' } });
    return found?.caseId ?? null;
  }

  async byIds(caseIds: readonly string[]): Promise<(KnownCaseEntity | null)[]> {
    const found = await this.dataSource.getRepository(KnownCaseEntity).findBy({ caseId: In(caseIds.filter(isUuid)) });
    return caseIds.map((caseId) => found.find((known) => known.caseId === caseId) ?? null);
  }
}
