import { In, type DataSource } from 'typeorm';
import { SectionEntity } from './section.entity';
import type { SaveSectionInput } from './section.input';

/** Sections are organisation data (public): no events, no personal data. */
export class SectionService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<SectionEntity[]> {
    return this.dataSource.getRepository(SectionEntity).find({ order: { code: 'ASC' } });
  }

  find(code: string): Promise<SectionEntity | null> {
    return this.dataSource.getRepository(SectionEntity).findOneBy({ code });
  }

  async byCodes(codes: readonly string[]): Promise<(SectionEntity | null)[]> {
    const sections = await this.dataSource.getRepository(SectionEntity).findBy({ code: In([...codes]) });
    return codes.map((code) => sections.find((section) => section.code === code) ?? null);
  }

  /** Creates or updates a section by code. */
  async save(input: SaveSectionInput): Promise<SectionEntity> {
    await this.dataSource.getRepository(SectionEntity).upsert(input, { conflictPaths: ['code'] });
    return this.dataSource.getRepository(SectionEntity).findOneByOrFail({ code: input.code });
  }

  /** Supporters who are not erased, per section (the count analysts may see). */
  async supporterCounts(codes: readonly string[]): Promise<number[]> {
    const rows: { section_code: string; count: number }[] = await this.dataSource.query(
      `SELECT section_code, count(*)::int AS count FROM supporter WHERE section_code = ANY($1::text[]) AND status <> 'ERASED' GROUP BY section_code`,
      [codes],
    );
    return codes.map((code) => rows.find((row) => row.section_code === code)?.count ?? 0);
  }
}
