import type { DataSource } from 'typeorm';
import type { ActionSource, ActionType } from '../actions/action.entity';
import { ALL_SECTIONS, type CounterSubject } from './action-total.entity';
import { toActionStats, type ActionStatsView } from './action-stats';

/** Whose counters, for which section (`*`: all sections; null for a supporter: every row, i.e. their section). */
export interface StatsKey {
  kind: CounterSubject;
  id: string;
  section: string | null;
}

export const statsKeyString = (key: StatsKey) => `${key.kind}|${key.id}|${key.section ?? ''}`;

/**
 * Reads counters: a handful of action_total rows per subject (at most types × sources), never the
 * actions themselves. Batched: a page of 20 cases with their counters is two queries.
 */
export class ActionStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async load(keys: readonly StatsKey[]): Promise<ActionStatsView[]> {
    const rows: { subject_kind: string; subject_id: string; section: string; action_type: ActionType; source: ActionSource; quantity: string }[] =
      await this.dataSource.query(
        `SELECT t.subject_kind, t.subject_id, t.section, t.action_type, t.source, t.quantity::text AS quantity
           FROM action_total t
           JOIN unnest($1::text[], $2::uuid[], $3::text[]) AS k(subject_kind, subject_id, section)
             ON t.subject_kind = k.subject_kind AND t.subject_id = k.subject_id AND (k.section IS NULL OR t.section = k.section)
          WHERE t.quantity > 0`,
        [keys.map((k) => k.kind), keys.map((k) => k.id), keys.map((k) => k.section)],
      );
    const signers = await this.campaignSigners(keys.filter((key) => key.kind === 'CAMPAIGN'));
    return keys.map((key) => {
      const own = rows
        .filter((row) => row.subject_kind === key.kind && row.subject_id === key.id && (key.section === null || row.section === key.section))
        .map((row) => ({ actionType: row.action_type, source: row.source, quantity: Number(row.quantity) }));
      const distinctSigners = key.kind === 'CASE' ? undefined : key.kind === 'CAMPAIGN' ? (signers.get(statsKeyString(key)) ?? 0) : null;
      return toActionStats(own, key.section ?? ALL_SECTIONS, distinctSigners);
    });
  }

  private async campaignSigners(keys: StatsKey[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows: { campaign_id: string; section: string; signers: string }[] = await this.dataSource.query(
      `SELECT campaign_id, section, signers::text AS signers FROM campaign_signer_total
        WHERE (campaign_id, section) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
      [keys.map((k) => k.id), keys.map((k) => k.section ?? ALL_SECTIONS)],
    );
    return new Map(rows.map((row) => [statsKeyString({ kind: 'CAMPAIGN', id: row.campaign_id, section: row.section }), Number(row.signers)]));
  }
}
