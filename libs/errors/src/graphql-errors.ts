import { GraphQLError } from 'graphql';

/**
 * The error codes a section's web developer can rely on. Messages are written for them: what was wrong
 * and what to send instead. Never put personal data or secrets in a message.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Internal: 'INTERNAL_SERVER_ERROR',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** Too many public writes from one address or for one person; `retryAfter` (seconds) says when to retry. */
  RateLimited: 'RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose message is safe to show a client as it is; anything else is masked. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BadUserInput,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  ErrorCode.ServiceUnavailable,
  ErrorCode.RateLimited,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface InvalidField {
  /** Path of the offending input field, e.g. `input.country`. */
  field: string;
  message: string;
}

export function badUserInput(message: string, invalidFields: InvalidField[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, invalidFields } });
}

/**
 * `httpStatus` 401 only for refusals of the whole request (bad token, missing gateway credential);
 * a field refused inside an otherwise fine request stays HTTP 200 with the error in the body.
 */
export function unauthenticated(message = 'This operation needs a valid access token.', httpStatus?: 401): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}

export function forbidden(message = 'Your access token does not allow this operation.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function notFound(what: string, reference: string): GraphQLError {
  return new GraphQLError(`${what} "${reference}" was not found.`, { extensions: { code: ErrorCode.NotFound } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}
