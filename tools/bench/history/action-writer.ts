import { Client } from 'pg';
import { RECORDED_BY_BENCH, type ActionRow } from './action-row';

const INSERT_ACTIONS = `
  INSERT INTO action (id, type, quantity, case_id, campaign_id, section, supporter_id, source, status, occurred_at, recorded_at, status_changed_at, recorded_by)
  SELECT t.*, '${RECORDED_BY_BENCH}' FROM unnest($1::uuid[], $2::text[], $3::int[], $4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::text[], $9::text[],
                       $10::timestamptz[], $11::timestamptz[], $12::timestamptz[]) AS t`;

const INSERT_SIGNATURES = `
  INSERT INTO signature (action_id, case_id, section, contact_reference, consent_text_version, consent_language, signed_at, retracted_at)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])`;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Writes action rows (and their signatures) in big batches: one `INSERT … SELECT FROM unnest(arrays)`
 * per table and batch, the fastest path the `pg` driver offers without COPY (pg-copy-streams is not a
 * dependency). Two connections: while PostgreSQL stores one batch, Node builds the next.
 */
export class ActionWriter {
  private readonly clients: Client[] = [];
  private readonly inFlight = new Map<Client, Promise<void>>();
  private batch: ActionRow[] = [];
  actions = 0;
  signatures = 0;

  constructor(
    private readonly url: string,
    private readonly batchSize = 10_000,
    private readonly connections = 2,
  ) {}

  async open(): Promise<void> {
    for (let i = 0; i < this.connections; i++) {
      const client = new Client({ connectionString: this.url });
      await client.connect();
      // A lost batch on a crash is fine for bench data; waiting for each WAL flush is not.
      await client.query('SET synchronous_commit = off');
      this.clients.push(client);
    }
  }

  async write(row: ActionRow): Promise<void> {
    this.batch.push(row);
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await Promise.all(this.inFlight.values());
    await Promise.all(this.clients.map((client) => client.end()));
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    const client = await this.freeClient();
    const written = insertBatch(client, rows).then(() => {
      this.actions += rows.length;
      this.signatures += rows.filter((row) => row.signature).length;
      this.inFlight.delete(client);
    });
    // Handled here so that a failure between two awaits does not kill the process; the next
    // freeClient() or close() awaits `written` and throws it.
    written.catch(() => undefined);
    this.inFlight.set(client, written);
  }

  /** A connection with no batch in flight; rethrows the failure of a finished batch. */
  private async freeClient(): Promise<Client> {
    for (;;) {
      const free = this.clients.find((client) => !this.inFlight.has(client));
      if (free) return free;
      await Promise.race(this.inFlight.values());
    }
  }
}

/** Actions and their signatures in one transaction (the signature's foreign key is checked at commit). */
async function insertBatch(client: Client, rows: ActionRow[]): Promise<void> {
  const signed = rows.filter((row) => row.signature !== null);
  await client.query('BEGIN');
  try {
    await client.query(INSERT_ACTIONS, [
      rows.map((row) => row.id),
      rows.map((row) => row.type),
      rows.map((row) => row.quantity),
      rows.map((row) => row.caseId),
      rows.map((row) => row.campaignId),
      rows.map((row) => row.section),
      rows.map((row) => row.supporterId),
      rows.map((row) => row.source),
      rows.map((row) => row.status),
      rows.map((row) => iso(row.occurredAt)),
      rows.map((row) => iso(row.recordedAt)),
      rows.map((row) => iso(row.retractedAt)),
    ]);
    if (signed.length > 0) {
      await client.query(INSERT_SIGNATURES, [
        signed.map((row) => row.id),
        signed.map((row) => row.caseId),
        signed.map((row) => row.section),
        signed.map((row) => row.signature?.contactReference ?? null),
        signed.map((row) => row.signature?.consentTextVersion),
        signed.map((row) => row.signature?.consentLanguage),
        signed.map((row) => iso(row.occurredAt)),
        signed.map((row) => iso(row.retractedAt)),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
