import { Column, Entity, PrimaryGeneratedColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { loadEnvironment, z } from '@plume/config';
import { createDataSource } from './create-data-source';
import { dropDatabase, ensureDatabaseExists } from './ensure-database';
import { schemaDriftAfterMigrations } from './migrations';

@Entity({ name: 'embassy_probe' })
class EmbassyProbe {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  city: string;
}

class CreateEmbassyProbe1000000000000 implements MigrationInterface {
  name = 'CreateEmbassyProbe1000000000000';
  async up(queryRunner: QueryRunner) {
    await queryRunner.query('CREATE TABLE embassy_probe (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), city text NOT NULL)');
  }
  async down(queryRunner: QueryRunner) {
    await queryRunner.query('DROP TABLE embassy_probe');
  }
}

// @plume/testing builds on this library, so this test makes its throw-away database itself.
const { TEST_DATABASE_URL } = loadEnvironment('tests', z.object({ TEST_DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres') }));

describe('migrations', () => {
  const database = { url: Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/test_migrations_${randomBytes(4).toString('hex')}` }).toString() };
  beforeAll(() => ensureDatabaseExists(database.url));
  afterAll(() => dropDatabase(database.url));

  it('finds no drift when migrations match the entities, and reports the SQL when they do not', async () => {
    const matching = createDataSource({ url: database.url, poolSize: 1, applicationName: 'test', entities: [EmbassyProbe], migrations: [CreateEmbassyProbe1000000000000] });
    await matching.initialize();
    expect(await schemaDriftAfterMigrations(matching)).toEqual([]);
    await matching.query('ALTER TABLE embassy_probe DROP COLUMN city');
    expect((await schemaDriftAfterMigrations(matching)).join('\n')).toContain('city');
    await matching.destroy();
  });

  it('creates a missing database once and leaves an existing one alone', async () => {
    const url = new URL(database.url);
    url.pathname = `${url.pathname}_extra`;
    expect(await ensureDatabaseExists(url.toString())).toBe(true);
    expect(await ensureDatabaseExists(url.toString())).toBe(false);
    await dropDatabase(url.toString());
  });
});
