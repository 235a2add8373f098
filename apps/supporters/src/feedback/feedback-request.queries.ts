import { In, type DataSource } from 'typeorm';
import { FeedbackRequestEntity } from './feedback-request.entity';

export class FeedbackRequestQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Requests of many adoptions, newest period first (per-request loader). */
  async ofAdoptions(adoptionIds: readonly string[]): Promise<FeedbackRequestEntity[][]> {
    const found = await this.dataSource.getRepository(FeedbackRequestEntity).find({ where: { adoptionId: In([...adoptionIds]) }, order: { period: 'DESC' } });
    return adoptionIds.map((id) => found.filter((request) => request.adoptionId === id));
  }
}
