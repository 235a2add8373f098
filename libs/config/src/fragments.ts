import { z } from 'zod';

/**
 * Building blocks of every app's environment. Defaults work on a developer machine (local PostgreSQL
 * with trust auth, the bundled Kafka broker); production must set secrets explicitly (see `secret`).
 */

const DEVELOPMENT_SECRET_PREFIX = 'dev-only-';

export const nodeEnvironment = z.enum(['development', 'test', 'production']).default('development');

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

export function serviceEnvironment(defaultPort: number) {
  return {
    NODE_ENV: nodeEnvironment,
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    LOG_LEVEL: logLevel,
  };
}

export function databaseEnvironment(defaultDatabaseName: string) {
  return {
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
      .default(`postgres://postgres@127.0.0.1:5432/${defaultDatabaseName}`),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_MIGRATIONS_RUN: z.stringbool().default(true),
  };
}

export const kafkaEnvironment = {
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1)),
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  /**
   * Prepended to every topic name. Empty in a real deployment; tests and the end-to-end platform give
   * each running copy its own, so that copies sharing one broker never read each other's events.
   */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[a-z0-9._-]*$/, 'lower-case letters, digits, dots, dashes and underscores only').default(''),
  OUTBOX_RELAY_ENABLED: z.stringbool().default(true),
};

export const authEnvironment = {
  /** HS256 secret shared by the token issuer, the gateway and the subgraphs (at least 32 characters). */
  JWT_SECRET: secret('JWT_SECRET', 32).default(`${DEVELOPMENT_SECRET_PREFIX}jwt-secret-change-me-0123456789abcdef`),
  JWT_ISSUER: z.string().min(1).default('plume'),
  JWT_AUDIENCE: z.string().min(1).default('plume'),
  /** Proves to a subgraph that a call came through the gateway. */
  GATEWAY_CREDENTIAL: secret('GATEWAY_CREDENTIAL', 24).default(`${DEVELOPMENT_SECRET_PREFIX}gateway-credential-0123456789`),
};

export const privacyEnvironment = {
  /** Key of the contact references (HMAC of normalised emails); the same in every subgraph. */
  CONTACT_REFERENCE_SECRET: secret('CONTACT_REFERENCE_SECRET', 32).default(`${DEVELOPMENT_SECRET_PREFIX}contact-reference-secret-0123456789`),
};

/** A comma-separated list of section codes (`BE-FR,DZ`); empty by default. */
export const sectionList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((part) => part.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/, 'each entry must be a section code such as "DZ" or "BE-FR"')));

/**
 * Where emails go: `smtp://user:pass@host:587` / `smtps://…` for a real server, or `file:///dir` to
 * write each message as a JSON file (development and tests: a mailbox one can read).
 */
export const mailEnvironment = {
  MAIL_TRANSPORT_URL: z.string().regex(/^(smtps?|file):\/\//, 'MAIL_TRANSPORT_URL must start with smtp://, smtps:// or file://').default('file:///tmp/plume-mail'),
  MAIL_FROM: z.string().min(3).default('Plume <no-reply@plume.invalid>'),
};

/**
 * The human check (captcha) of public writes, per section, off by default. The verifier speaks the
 * "siteverify" protocol shared by hCaptcha, Cloudflare Turnstile and reCAPTCHA.
 */
export const humanCheckEnvironment = {
  HUMAN_CHECK_SECTIONS: sectionList,
  HUMAN_CHECK_VERIFY_URL: z.url({ protocol: /^https?$/ }).optional(),
  HUMAN_CHECK_SECRET: z.string().min(1).optional(),
};

function secret(name: string, minLength: number) {
  return z.string().min(minLength, `${name} must be at least ${minLength} characters long`);
}

/** Refuses to start in production with one of the development defaults above. */
export function refuseDevelopmentSecretsInProduction<T extends { NODE_ENV: string }>(schema: z.ZodType<T>) {
  return schema.superRefine((environment, context) => {
    if (environment.NODE_ENV !== 'production') return;
    for (const [key, value] of Object.entries(environment)) {
      if (typeof value === 'string' && value.startsWith(DEVELOPMENT_SECRET_PREFIX)) {
        context.addIssue({ code: 'custom', path: [key], message: 'must be set explicitly in production' });
      }
    }
  });
}
