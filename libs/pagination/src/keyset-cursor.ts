import { badUserInput } from '@plume/errors';

/**
 * Opaque keyset cursors: the sort key of the last row of a page (e.g. `[personName, id]`), so the next
 * page starts strictly after it — stable under inserts, and no OFFSET scans on large tables.
 * Clients must treat a cursor as opaque; it is base64url JSON only so that it stays debuggable.
 */
export function encodeCursor(sortKey: readonly string[]): string {
  return Buffer.from(JSON.stringify(sortKey)).toString('base64url');
}

/**
 * The sort key in a cursor, which must have `arity` string parts that `isValid` accepts (e.g. the last
 * one a UUID: a crafted cursor must not reach SQL); BAD_USER_INPUT on field `after` otherwise.
 */
export function decodeCursor(cursor: string, arity: number, isValid: (parts: string[]) => boolean = () => true): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every((part) => typeof part === 'string') && isValid(parts)) return parts;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('The cursor is not valid: pass the endCursor of a previous page.', [{ field: 'after', message: 'not a cursor' }]);
}
