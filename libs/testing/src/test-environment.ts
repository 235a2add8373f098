import { loadEnvironment, logLevel, z } from '@plume/config';

/**
 * Where tests find their services. Unset: the local PostgreSQL and the project's own broker
 * (`tools/kafka`); when those are not reachable and a Docker engine is, testcontainers starts them.
 */
export const testEnvironment = loadEnvironment(
  'tests',
  z.object({
    TEST_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//).default('postgres://postgres@127.0.0.1:5432/postgres'),
    KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
    TEST_LOG_LEVEL: logLevel.default('silent'),
    /** Where initdb and pg_ctl are, for the throw-away clusters of createDedicatedPostgres. */
    TEST_POSTGRES_BIN: z.string().min(1).default('/usr/lib/postgresql/15/bin'),
  }),
);
