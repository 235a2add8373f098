import { In, type DataSource } from 'typeorm';
import { DeliveryStatusChangeEntity } from './delivery-status-change.entity';
import { DeliveryEntity, type DeliveryStatus } from './delivery.entity';
import { isUuid } from '@plume/errors';

/** Reads of deliveries; what a caller may see of them is decided by the resolvers (see access.ts). */
export class DeliveryQueries {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string): Promise<DeliveryEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(DeliveryEntity).findOneBy({ id }) : Promise.resolve(null);
  }

  /** A section's deliveries, the latest planned first. */
  forSection(section: string, status: DeliveryStatus | null | undefined, first: number): Promise<DeliveryEntity[]> {
    const query = this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .where('d.section = :section', { section })
      .orderBy('d.planned_for', 'DESC', 'NULLS FIRST')
      .addOrderBy('d.created_at', 'DESC')
      .take(first);
    if (status) query.andWhere('d.status = :status', { status });
    return query.getMany();
  }

  /** Deliveries of many cases in one query, newest first (the per-request loader of Case.deliveries). */
  async ofCases(caseIds: readonly string[]): Promise<DeliveryEntity[][]> {
    const deliveries = await this.dataSource.getRepository(DeliveryEntity).find({
      where: { caseId: In(caseIds.filter(isUuid)) },
      order: { plannedFor: { direction: 'DESC', nulls: 'FIRST' }, createdAt: 'DESC' },
    });
    return caseIds.map((caseId) => deliveries.filter((delivery) => delivery.caseId === caseId));
  }

  async historyOf(deliveryIds: readonly string[]): Promise<DeliveryStatusChangeEntity[][]> {
    const changes = await this.dataSource.getRepository(DeliveryStatusChangeEntity).find({
      where: { deliveryId: In([...deliveryIds]) },
      order: { position: 'ASC' },
    });
    return deliveryIds.map((deliveryId) => changes.filter((change) => change.deliveryId === deliveryId));
  }
}
