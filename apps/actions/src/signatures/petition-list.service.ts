import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '@plume/pagination';
import { isUuid } from '@plume/errors';
import type { CaseDirectory } from '../case-projection/case-directory';

import { petitionCsv, type PetitionSignatureView } from './petition-csv';

/** A section's petition list for a case: the signatures made strictly before `cutoffAt`. */
export interface PetitionListQuery {
  section: string;
  caseId: string;
  cutoffAt: Date;
}

export interface PetitionExport {
  caseId: string;
  section: string;
  signedBefore: Date;
  count: number;
  csv: string;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Rows of one CSV chunk: large enough for a handover in a few calls, small enough for one response. */
export const CSV_CHUNK_SIZE = 10_000;

interface SignatureRow {
  action_id: string;
  signed_at: Date;
  signer_name: string;
  signer_email: string;
  signer_country: string;
}

// Counted: not retracted, not invalidated, confirmed where double opt-in asked for it.
const COUNTED = `case_id = $1 AND section = $2 AND signed_at < $3 AND retracted_at IS NULL AND invalidated_at IS NULL AND NOT confirmation_pending`;
// Listed: counted signatures that still have their personal data (not erased), up to the cut-off.
const LISTED = `${COUNTED} AND erased_at IS NULL`;

/**
 * A section's petition list for a case, in signing order (keyset on signed_at, action_id: signed_at is
 * always written from a JS Date, so its millisecond precision round-trips through the cursor).
 */
export class PetitionListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseDirectory,
  ) {}

  async page(query: PetitionListQuery, first: number, after: string | null | undefined): Promise<Connection<PetitionSignatureView> & { erasedCount: number }> {
    await this.cases.requireKnown(this.dataSource.manager, query.caseId);
    const params = [query.caseId, query.section, query.cutoffAt];
    const [{ listed, erased }]: { listed: number; erased: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE erased_at IS NULL)::int AS listed, count(*) FILTER (WHERE erased_at IS NOT NULL)::int AS erased
         FROM signature WHERE ${COUNTED}`,
      params,
    );
    const rows = await this.rows(query, first + 1, after);
    return { ...toConnection(rows, first, cursorOf, listed), erasedCount: erased };
  }

  async exportCsv(query: PetitionListQuery, after: string | null | undefined): Promise<PetitionExport> {
    await this.cases.requireKnown(this.dataSource.manager, query.caseId);
    const rows = await this.rows(query, CSV_CHUNK_SIZE + 1, after);
    const chunk = rows.slice(0, CSV_CHUNK_SIZE);
    return {
      caseId: query.caseId,
      section: query.section,
      signedBefore: query.cutoffAt,
      count: chunk.length,
      csv: petitionCsv(chunk),
      hasNextPage: rows.length > CSV_CHUNK_SIZE,
      endCursor: chunk.length > 0 ? cursorOf(chunk[chunk.length - 1]) : null,
    };
  }

  private async rows(query: PetitionListQuery, limit: number, after: string | null | undefined): Promise<PetitionSignatureView[]> {
    const params: unknown[] = [query.caseId, query.section, query.cutoffAt, limit];
    let keyset = '';
    if (after) {
      const [signedAt, actionId] = decodeCursor(after, 2, ([time, id]) => !Number.isNaN(Date.parse(time)) && isUuid(id));
      params.push(new Date(signedAt), actionId);
      keyset = 'AND (signed_at, action_id) > ($5, $6::uuid)';
    }
    const rows: SignatureRow[] = await this.dataSource.query(
      `SELECT action_id, signed_at, signer_name, signer_email, signer_country FROM signature
        WHERE ${LISTED} ${keyset} ORDER BY signed_at, action_id LIMIT $4`,
      params,
    );
    return rows.map((row) => ({ id: row.action_id, signedAt: row.signed_at, name: row.signer_name, email: row.signer_email, country: row.signer_country }));
  }
}

const cursorOf = (signature: PetitionSignatureView) => encodeCursor([signature.signedAt.toISOString(), signature.id]);
