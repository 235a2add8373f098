import { NO_CAMPAIGN } from './report-cell.entity';

/** What one counted (or un-counted) action changes in the roll-ups. */
export interface ActionContribution {
  occurredAt: string;
  caseId: string;
  campaignId: string | null;
  section: string;
  type: string;
  source: string;
  quantity: number;
  personKey: number | null;
}

export interface CellDelta {
  period: string;
  caseId: string;
  campaignId: string;
  section: string;
  type: string;
  source: string;
  actions: number;
  quantity: number;
}

export interface ParticipationDelta extends Omit<CellDelta, 'quantity'> {
  personKey: number;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export const utcDay = (instant: string) => new Date(instant).toISOString().slice(0, 10);

/**
 * Sums contributions (+1 counted, -1 retracted) into per-cell deltas at day and month grain and per
 * person-cell deltas, so a batch of thousands of events becomes a few hundred row updates. Rows come
 * out sorted by key: concurrent writers then lock rows in the same order and cannot deadlock.
 */
export class RollupDeltas {
  private readonly daily = new Map<string, CellDelta>();
  private readonly monthly = new Map<string, CellDelta>();
  private readonly participation = new Map<string, ParticipationDelta>();

  add(contribution: ActionContribution, sign: 1 | -1): void {
    const day = utcDay(contribution.occurredAt);
    const cell = {
      caseId: contribution.caseId,
      campaignId: contribution.campaignId ?? NO_CAMPAIGN,
      section: contribution.section,
      type: contribution.type,
      source: contribution.source,
    };
    addTo(this.daily, { ...cell, period: day, actions: sign, quantity: sign * contribution.quantity });
    addTo(this.monthly, { ...cell, period: `${day.slice(0, 7)}-01`, actions: sign, quantity: sign * contribution.quantity });
    if (contribution.personKey !== null) {
      const row = { ...cell, period: day, personKey: contribution.personKey, actions: sign };
      const key = `${cellKey(row)}|${row.personKey}`;
      const existing = this.participation.get(key);
      if (existing) existing.actions += sign;
      else this.participation.set(key, row);
    }
  }

  dailyRows = () => sorted(this.daily);
  monthlyRows = () => sorted(this.monthly);
  participationRows = () => sorted(this.participation);
}

const cellKey = (cell: Omit<CellDelta, 'actions' | 'quantity'>) => [cell.caseId, cell.campaignId, cell.section, cell.type, cell.source, cell.period].join('|');

function addTo(map: Map<string, CellDelta>, delta: CellDelta): void {
  const key = cellKey(delta);
  const existing = map.get(key);
  if (!existing) map.set(key, delta);
  else {
    existing.actions += delta.actions;
    existing.quantity += delta.quantity;
  }
}

function sorted<T>(map: Map<string, T>): T[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}
