import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode, PUBLIC_ERROR_CODES } from '@plume/errors';

/**
 * Shapes every error a client sees: known codes keep their message (written for web developers);
 * anything else — a bug, a database error, an unreachable service — becomes a generic error with no
 * stack, SQL, URL or connection detail, and is logged in full on the server instead.
 */
export function createErrorFormatter(logger: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const code = String(formatted.extensions?.code ?? ErrorCode.Internal);
    if (PUBLIC_ERROR_CODES.has(code)) {
      // Only known extension keys go out: a subgraph's `response` (with its URL), stack traces and
      // service names never reach a client.
      const { invalidFields, retryAfter } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(invalidFields ? { invalidFields } : {}), ...(retryAfter ? { retryAfter } : {}) },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'internal error answered as INTERNAL_SERVER_ERROR');
    return {
      message: 'Something went wrong on our side. Please try again later.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.Internal },
    };
  };
}
