import { In, type DataSource } from 'typeorm';
import { badUserInput } from '@plume/errors';
import type { CaseCommands } from '../cases/case.commands';
import type { CaseEntity } from '../cases/case.entity';
import { TargetEntity } from '../targets/target.entity';
import type { AddLetterTemplateInput } from './letter-template.input';
import { LetterTemplateEntity } from './letter-template.entity';

export class LetterTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseCommands,
  ) {}

  /** Templates in `language`, else in the case's default language (a page is never left without a letter). */
  async forCase(entity: CaseEntity, language: string | null | undefined): Promise<LetterTemplateEntity[]> {
    const languages = [...new Set([language?.toLowerCase(), entity.defaultLanguage].filter((l): l is string => Boolean(l)))];
    const templates = await this.dataSource.getRepository(LetterTemplateEntity).find({
      where: { caseId: entity.id, language: In(languages) },
      order: { createdAt: 'ASC' },
    });
    const chosen = languages.find((l) => templates.some((t) => t.language === l));
    return templates.filter((t) => t.language === chosen);
  }

  async countByLanguage(caseId: string): Promise<Record<string, number>> {
    const rows: { language: string; count: number }[] = await this.dataSource.query(
      'SELECT language, count(*)::int AS count FROM letter_template WHERE case_id = $1 GROUP BY language',
      [caseId],
    );
    return Object.fromEntries(rows.map((row) => [row.language, row.count]));
  }

  /** A new letter, announced with the case's `case.updated` (see CaseCommands.announceContentChange). */
  async add(input: AddLetterTemplateInput): Promise<LetterTemplateEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.cases.announceContentChange(manager, input.caseId, ['letterTemplates']);
      if (input.targetId) {
        const target = await manager.getRepository(TargetEntity).findOneBy({ id: input.targetId });
        if (!target || target.caseId !== input.caseId) {
          throw badUserInput('The target does not belong to this case.', [{ field: 'input.targetId', message: 'not a target of this case' }]);
        }
      }
      return manager.getRepository(LetterTemplateEntity).save({
        caseId: input.caseId,
        language: input.language,
        targetId: input.targetId ?? null,
        subject: input.subject,
        body: input.body,
      });
    });
  }
}
