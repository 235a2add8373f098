import { isUuid } from '@plume/errors';
import { decodeCursor, encodeCursor } from '@plume/pagination';
import type { SupporterEntity } from './supporter.entity';

/** Supporters are paged by the keyset (family name, given name, id); erased ones sort with empty names. */
export function encodeSupporterCursor(supporter: SupporterEntity): string {
  return encodeCursor([supporter.familyName ?? '', supporter.givenName ?? '', supporter.id]);
}

export function decodeSupporterCursor(cursor: string): { familyName: string; givenName: string; id: string } {
  const [familyName, givenName, id] = decodeCursor(cursor, 3, (parts) => isUuid(parts[2]));
  return { familyName, givenName, id };
}
