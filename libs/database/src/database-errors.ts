/**
 * Errors that say "the database is not reachable right now" rather than "this data is wrong".
 * Consumers retry these instead of dead-lettering the message; requests answer SERVICE_UNAVAILABLE.
 */
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57P'];
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

export function isTransientDatabaseError(error: unknown): boolean {
  const candidate = error as { code?: string; message?: string; driverError?: unknown } | undefined;
  if (!candidate) return false;
  if (candidate.driverError && candidate.driverError !== error && isTransientDatabaseError(candidate.driverError)) return true;
  const code = candidate.code ?? '';
  if (TRANSIENT_NODE_CODES.has(code)) return true;
  if (TRANSIENT_SQLSTATE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  const message = candidate.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** A unique constraint refused the row (PostgreSQL 23505): the thing already exists. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: string; driverError?: { code?: string } } | undefined;
  return candidate?.code === '23505' || candidate?.driverError?.code === '23505';
}
