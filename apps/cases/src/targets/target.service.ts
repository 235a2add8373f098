import { In, type DataSource } from 'typeorm';
import type { CaseCommands } from '../cases/case.commands';
import type { AddTargetInput } from './target.input';
import { TargetEntity } from './target.entity';

export class TargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseCommands,
  ) {}

  /** Targets of many cases in one query (per-request loader). */
  async ofCases(caseIds: readonly string[]): Promise<TargetEntity[][]> {
    const targets = await this.dataSource.getRepository(TargetEntity).find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC' } });
    return caseIds.map((caseId) => targets.filter((target) => target.caseId === caseId));
  }

  async byIds(ids: readonly string[]): Promise<(TargetEntity | null)[]> {
    const targets = await this.dataSource.getRepository(TargetEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => targets.find((target) => target.id === id) ?? null);
  }

  /** A new authority to write to, announced with the case's `case.updated` (see CaseCommands.announceContentChange). */
  async add(input: AddTargetInput): Promise<TargetEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.announceContentChange(manager, input.caseId, ['targets']);
      return manager.getRepository(TargetEntity).save({
        caseId: input.caseId,
        title: input.title,
        name: input.name ?? null,
        organisation: input.organisation,
        country: input.country,
        street: input.address.street,
        postalCode: input.address.postalCode ?? null,
        locality: input.address.locality,
        addressCountry: input.address.country,
        email: input.email ?? null,
      });
    });
  }
}
