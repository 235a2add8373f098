import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Credentials and anything that looks like personal data are redacted at the
 * logger, so a careless `logger.info({ input })` cannot leak them.
 */
export function createLogger(name: string, level: string): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-plume-gateway-credential"]',
        '*.password',
        '*.email',
        '*.givenName',
        '*.familyName',
        '*.phone',
        '*.postalAddress',
        'variables',
        // A failed query carries its bound values and PostgreSQL's row detail: personal data, never logged.
        'err.parameters',
        'err.detail',
        'err.driverError.detail',
        'err.originalError.parameters',
        'err.originalError.detail',
        'err.originalError.driverError.detail',
      ],
      censor: '[redacted]',
    },
  });
}
