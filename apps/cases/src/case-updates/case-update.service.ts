import type { DataSource, EntityManager } from 'typeorm';
import { appendToOutbox, CaseUpdatePublished } from '@plume/events';
import { notFound } from '@plume/errors';
import { CaseEntity } from '../cases/case.entity';
import { CASES_EVENT_SOURCE } from '../events';
import { resolveLocalized, toLocalizedMap } from '../localization/localized-text';
import type { PublishCaseUpdateInput } from './case-update.input';
import { CaseUpdateEntity } from './case-update.entity';
import type { CaseUpdateView } from './case-update.view';

export class CaseUpdateService {
  constructor(private readonly dataSource: DataSource) {}

  async forCase(entity: CaseEntity, language: string | null | undefined, first: number): Promise<CaseUpdateView[]> {
    const updates = await this.dataSource.getRepository(CaseUpdateEntity).find({
      where: { caseId: entity.id },
      order: { publishedAt: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
    return updates.map((update) => localize(update, language, entity.defaultLanguage));
  }

  async publish(input: PublishCaseUpdateInput): Promise<CaseUpdateView> {
    return this.dataSource.transaction((manager) => this.publishIn(manager, input));
  }

  /** Publishes inside the caller's transaction (an event consumer's), with the event announcing it. */
  async publishIn(manager: EntityManager, input: PublishCaseUpdateInput): Promise<CaseUpdateView> {
    const entity = await manager.getRepository(CaseEntity).findOneBy({ id: input.caseId });
    if (!entity) throw notFound('Case', input.caseId);
    const update = await manager.getRepository(CaseUpdateEntity).save({
      caseId: entity.id,
      publishedAt: input.publishedAt ?? new Date(),
      title: toLocalizedMap(input.title),
      body: toLocalizedMap(input.body),
    });
    await appendToOutbox(manager, {
      contract: CaseUpdatePublished,
      aggregateId: entity.id,
      source: CASES_EVENT_SOURCE,
      data: { caseId: entity.id, updateId: update.id, publishedAt: update.publishedAt.toISOString(), languages: Object.keys(update.title) },
    });
    return localize(update, null, entity.defaultLanguage);
  }
}

function localize(update: CaseUpdateEntity, language: string | null | undefined, fallback: string): CaseUpdateView {
  const title = resolveLocalized(update.title, language, fallback);
  const body = resolveLocalized(update.body, title.language, fallback);
  return { id: update.id, publishedAt: update.publishedAt, language: title.language, title: title.text, body: body.text };
}
