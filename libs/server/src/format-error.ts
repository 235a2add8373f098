import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isTransientDatabaseError } from '@plume/database';
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
        message: withoutVariableValue(formatted.message, error),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(invalidFields ? { invalidFields } : {}), ...(retryAfter ? { retryAfter } : {}) },
      };
    }
    if (isDatabaseUnavailable(error)) {
      // Overload (no pool connection in time) or an outage: not a bug, and worth retrying — the
      // public writes are idempotent on their keys, so a retry cannot count twice.
      logger.warn({ err: error, path: formatted.path }, 'database busy or unreachable, answered as SERVICE_UNAVAILABLE');
      return {
        message: 'This service is busy or cannot reach its database right now. Please try again in a moment.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.ServiceUnavailable },
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

const VARIABLE_VALUE_ERROR = /^Variable "\$(\w+)" got invalid value /;

/** graphql-js reasons that name types and fields only, never the value sent. */
const VALUE_FREE_REASONS = [
  /^Field "\w+" of required type "[\w[\]!]+" was not provided\.$/,
  /^Field "\w+" is not defined by type "\w+"\.( Did you mean [\w", ]+\?)?$/,
  /^Field "\w+" must be non-null\.$/,
  /^Expected type "\w+" to be an object\.$/,
  /^Expected non-nullable type "[\w[\]!]+" not to be null\.$/,
];

function reasonWithoutValue(reason: string): string {
  if (VALUE_FREE_REASONS.some((pattern) => pattern.test(reason))) return reason;
  const enumName = /^Value .* does not exist in "(\w+)" enum\./s.exec(reason)?.[1] ?? /^Enum "(\w+)" cannot represent/.exec(reason)?.[1];
  if (enumName) return `must be one of the values of the ${enumName} enum.`;
  const scalar = /^(\w+) cannot represent/.exec(reason)?.[1];
  return scalar ? `must be a valid ${scalar}.` : 'this value is not valid for its type.';
}

/**
 * graphql-js writes a refused variable's value into its message (`Variable "$input" got invalid value
 * { email: "…", … } at "input.country"; …`, and scalars repeat the value in their reason): it may be
 * personal data. The message keeps the variable, the path and the reason, without the value.
 */
function withoutVariableValue(message: string, error: unknown): string {
  const variable = VARIABLE_VALUE_ERROR.exec(message)?.[1];
  if (!variable) return message;
  const reason = (error as GraphQLError | undefined)?.originalError?.message;
  if (!reason || !message.endsWith(`; ${reason}`)) return `Variable "$${variable}" got an invalid value; this value is not valid for its type.`;
  const path = / at "(\w+(?:\.\w+|\[\d+\])*)"$/.exec(message.slice(0, -reason.length - 2))?.[1];
  return `Variable "$${variable}" got an invalid value${path ? ` at "${path}"` : ''}; ${reasonWithoutValue(reason)}`;
}

/**
 * Whether a resolver failed because the database is busy or unreachable. A thrown value graphql-js does
 * not take for an Error (a plain object, or an Error of another realm — the driver's connection errors
 * under Jest's VM) reaches us wrapped as NonErrorThrown, with the value itself in `thrownValue`.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  const original = (error as GraphQLError | undefined)?.originalError ?? error;
  return isTransientDatabaseError(original) || isTransientDatabaseError((original as { thrownValue?: unknown } | undefined)?.thrownValue);
}
