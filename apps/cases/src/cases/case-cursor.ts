import { isUuid } from '@plume/errors';
import { decodeCursor, encodeCursor } from '@plume/pagination';

/** Cases are paged by the keyset (person_name, id). */
export interface CaseCursor {
  personName: string;
  id: string;
}

export function encodeCaseCursor(cursor: CaseCursor): string {
  return encodeCursor([cursor.personName, cursor.id]);
}

export function decodeCaseCursor(cursor: string): CaseCursor {
  const [personName, id] = decodeCursor(cursor, 2, (parts) => isUuid(parts[1]));
  return { personName, id };
}
