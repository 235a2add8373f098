import type { DataSource } from 'typeorm';

export interface PersonalDataHit {
  table: string;
  column: string;
  needle: string;
}

/**
 * Looks for each needle (a name, an email…) in every text-like column (text, varchar, char, json,
 * jsonb, arrays of them) of every table of the database: what erasure must leave nowhere.
 */
export async function findPersonalData(dataSource: DataSource, needles: string[]): Promise<PersonalDataHit[]> {
  const columns: { table_name: string; column_name: string }[] = await dataSource.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar', '_bpchar'))`,
  );
  const hits: PersonalDataHit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const needle of needles) {
      const [{ found }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${table}" WHERE "${column}"::text ILIKE $1) AS found`, [`%${needle}%`]);
      if (found) hits.push({ table, column, needle });
    }
  }
  return hits;
}
