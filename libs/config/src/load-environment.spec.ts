import { z } from 'zod';
import { authEnvironment, databaseEnvironment, kafkaEnvironment, refuseDevelopmentSecretsInProduction, serviceEnvironment } from './fragments';
import { ConfigurationError, loadEnvironment } from './load-environment';

const schema = refuseDevelopmentSecretsInProduction(
  z.object({ ...serviceEnvironment(4001), ...databaseEnvironment('plume_test'), ...kafkaEnvironment, ...authEnvironment }),
);

describe('loadEnvironment', () => {
  it('applies developer defaults to an empty environment', () => {
    const environment = loadEnvironment('test-app', schema, {});
    expect(environment.PORT).toBe(4001);
    expect(environment.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/plume_test');
    expect(environment.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
  });

  it('treats empty values as unset and splits broker lists', () => {
    const environment = loadEnvironment('test-app', schema, { PORT: '', KAFKA_BROKERS: 'a:1, b:2' });
    expect(environment.PORT).toBe(4001);
    expect(environment.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });

  it('lists every problem in one readable message without echoing values', () => {
    const attempt = () =>
      loadEnvironment('test-app', schema, { PORT: 'not-a-port', DATABASE_URL: 'mysql://secret-password@x', KAFKA_BROKERS: 'nohost' });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('test-app: the environment is not valid');
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgres:// connection URL');
      expect(message).toContain('KAFKA_BROKERS');
      expect(message).not.toContain('secret-password');
    }
  });

  it('refuses development secrets in production', () => {
    expect(() => loadEnvironment('test-app', schema, { NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set explicitly in production/);
  });
});
