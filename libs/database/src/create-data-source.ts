import { DataSource, type EntitySchema, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Shown in pg_stat_activity, so a DBA can tell which service holds a connection. */
  applicationName: string;
  logger?: TypeOrmLogger;
}

/**
 * Every subgraph's database is built the same way: snake_case names, schema changed by migrations only
 * (never `synchronize`), timestamps in UTC.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    applicationName: options.applicationName,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: options.logger,
    logging: options.logger ? ['error', 'warn', 'migration'] : false,
    extra: {
      max: options.poolSize,
      // Fail a request fast instead of queueing forever when the database is unreachable.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      options: '-c timezone=UTC',
    },
  });
}
