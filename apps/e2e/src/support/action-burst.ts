import { randomUUID } from 'node:crypto';
import { ActionRecorded, ActionRetracted, CaseCreated, type EventData, type EventPublisher } from '@plume/events';

type Recorded = EventData<typeof ActionRecorded>;

/** The fields of an action the roll-ups and tallies are made of (an event's data, or a row of the action table). */
export interface CountedAction {
  actionId: string;
  caseId: string;
  campaignId: string | null;
  section: string;
  supporterId: string | null;
  type: string;
  source: string;
  quantity: number;
  occurredAt: string;
}

export interface ActionBurst {
  /** Every action announced, once each (the duplicates re-send some of these). */
  recorded: Recorded[];
  /** Actions announced, then retracted. */
  retracted: Set<string>;
  /** Messages sent to plume.actions (recorded + duplicates + retractions). */
  messages: number;
  /** Distinct CloudEvents ids among them. */
  eventIds: number;
}

const SOURCES: Record<string, string[]> = {
  ONLINE_SIGNATURE: ['WEBSITE'],
  EMAIL: ['WEBSITE'],
  TWEET: ['WEBSITE'],
  PAPER_SIGNATURES: ['IMPORT', 'EVENT', 'STAFF'],
  LETTER: ['STAFF', 'QUESTIONNAIRE', 'EVENT'],
  POSTCARD: ['QUESTIONNAIRE'],
};
const TYPES = Object.keys(SOURCES);
const CHUNK = 500; // a producer request stays well under the broker's message size limit

/**
 * What a relay would put on plume.actions for a busy day, made up: `size` actions over `cases` cases,
 * both sections, with and without campaign and supporter, spread over two months; then 5 % sent again
 * under the same ce_id (a relay re-sending after a crash) and 5 % retracted.
 */
export async function publishActionBurst(publisher: EventPublisher, { size, cases }: { size: number; cases: number }): Promise<ActionBurst> {
  const caseIds = Array.from({ length: cases }, () => randomUUID());
  const campaignIds = [randomUUID(), randomUUID()];
  const supporterIds = Array.from({ length: 40 }, () => randomUUID());
  const pick = <T>(list: T[], n: number) => list[n % list.length];
  const now = Date.now();
  const recorded: Recorded[] = Array.from({ length: size }, (_, n) => {
    const type = pick(TYPES, n);
    const source = pick(SOURCES[type], Math.floor(n / TYPES.length));
    const fromPerson = source === 'QUESTIONNAIRE' || (source === 'STAFF' && n % 2 === 0);
    return {
      actionId: randomUUID(),
      caseId: pick(caseIds, n * 7 + Math.floor(n / 13)),
      campaignId: n % 3 === 0 ? null : pick(campaignIds, n),
      section: n % 4 === 0 ? 'DZ' : 'BE-FR',
      supporterId: fromPerson ? pick(supporterIds, n * 11) : null,
      type: type as Recorded['type'],
      source: source as Recorded['source'],
      quantity: source === 'WEBSITE' ? 1 : 1 + ((n * 37) % 50),
      occurredAt: new Date(now - ((n * 7_919_000) % (60 * 86_400_000))).toISOString(),
      recordedAt: new Date(now).toISOString(),
      feedbackSubmissionId: source === 'QUESTIONNAIRE' ? randomUUID() : null,
    };
  });
  const sent: { id: string }[] = [];
  for (let start = 0; start < recorded.length; start += CHUNK) {
    sent.push(...(await publisher.publish(ActionRecorded, recorded.slice(start, start + CHUNK).map((data) => ({ aggregateId: data.caseId, data })))));
  }
  const again = recorded.map((data, n) => ({ data, id: sent[n].id })).filter((_, n) => n % 20 === 7);
  for (let start = 0; start < again.length; start += CHUNK) {
    await publisher.publish(ActionRecorded, again.slice(start, start + CHUNK).map(({ data, id }) => ({ aggregateId: data.caseId, data, id })));
  }
  const retractions = recorded.filter((_, n) => n % 20 === 3);
  const retractedAt = new Date(now).toISOString();
  for (let start = 0; start < retractions.length; start += CHUNK) {
    await publisher.publish(
      ActionRetracted,
      retractions.slice(start, start + CHUNK).map(({ recordedAt: _recordedAt, feedbackSubmissionId: _submission, ...data }) => ({
        aggregateId: data.caseId,
        data: { ...data, retractedAt, reason: 'SIGNER_RETRACTED' as const },
      })),
    );
  }
  return {
    recorded,
    retracted: new Set(retractions.map((data) => data.actionId)),
    messages: recorded.length + again.length + retractions.length,
    eventIds: recorded.length + retractions.length,
  };
}

/** `count` made-up cases on plume.cases (and 5 % of their events sent twice); resolves to their ids. */
export async function publishCaseBurst(publisher: EventPublisher, count: number): Promise<string[]> {
  const cases = Array.from({ length: count }, () => {
    const caseId = randomUUID();
    return { caseId, slug: `crash-case-${caseId.slice(0, 8)}`, country: 'DZ', themes: ['journalists'], published: true, campaignCodes: [], status: 'ACTIVE' as const, defaultLanguage: 'fr' };
  });
  const sent = await publisher.publish(CaseCreated, cases.map((data) => ({ aggregateId: data.caseId, data })));
  const again = cases.map((data, n) => ({ data, id: sent[n].id })).filter((_, n) => n % 20 === 0);
  await publisher.publish(CaseCreated, again.map(({ data, id }) => ({ aggregateId: data.caseId, data, id })));
  return cases.map((data) => data.caseId);
}

/** Sums per roll-up cell (case, campaign, section, type, source, UTC day or month): what the reports must show. */
export function expectedCells(actions: CountedAction[], grain: 'day' | 'month', noCampaign: string): Map<string, { actions: number; quantity: number }> {
  const cells = new Map<string, { actions: number; quantity: number }>();
  for (const action of actions) {
    const day = new Date(action.occurredAt).toISOString().slice(0, 10);
    const period = grain === 'day' ? day : `${day.slice(0, 7)}-01`;
    const key = [period, action.caseId, action.campaignId ?? noCampaign, action.section, action.type, action.source].join('|');
    const cell = cells.get(key) ?? { actions: 0, quantity: 0 };
    cell.actions += 1;
    cell.quantity += action.quantity;
    cells.set(key, cell);
  }
  return cells;
}
