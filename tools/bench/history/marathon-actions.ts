import { randomUUID } from 'node:crypto';
import { onlineSignatureRow, type ActionRow } from './action-row';
import { MARATHON_KINDS, quantityOf } from './action-kinds';
import { Random, WeightedChoice } from './random';
import { hours, instantIn, later, type TimeWindow } from './time-window';
import type { Case, Section } from './world';

export interface MarathonPlan {
  campaignId: string;
  cases: WeightedChoice<Case>;
  sections: WeightedChoice<Section>;
  /** Action rows to produce. */
  count: number;
  window: TimeWindow;
  /** Signers of this marathon are people number firstPerson, firstPerson + 1… */
  firstPerson: number;
  /** Supporters staff record letters for. */
  supporters: WeightedChoice<string>;
  /** The version of the petition consent text in use. */
  consentTextVersion: string;
  now: Date;
}

/** How many of a marathon's cases one signer signs: often one, three on average, sometimes all ten. */
const CASES_SIGNED = new WeightedChoice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [35, 20, 14, 9, 6, 5, 4, 3, 2, 2]);
const MEAN_CASES_SIGNED = CASES_SIGNED.shares().reduce((sum, share, index) => sum + share * (index + 1), 0);
/** Of a marathon's action rows, online signatures. */
const SIGNATURE_SHARE = 0.8;
/** A signing visit (k rows) is drawn with this probability, another action (1 row) otherwise. */
const VISIT_PROBABILITY = SIGNATURE_SHARE / (MEAN_CASES_SIGNED * (1 - SIGNATURE_SHARE) + SIGNATURE_SHARE);

/**
 * A marathon's actions: signing visits (one person signs several of the ten cases through one section
 * website, within minutes; one signature per person and case, as the write path allows) and the
 * rest — letters, emails, paper petitions of 10–500 signatures, events. Returns how many people signed.
 */
export function* marathonActions(plan: MarathonPlan, random: Random): Generator<ActionRow, number> {
  let produced = 0;
  let signers = 0;
  while (produced < plan.count) {
    const at = instantIn(plan.window, random);
    const section = plan.sections.pick(random);
    if (!random.chance(VISIT_PROBABILITY)) {
      produced += 1;
      yield otherAction(plan, random, at, section);
      continue;
    }
    const person = plan.firstPerson + signers++;
    const cases = plan.cases.pickDistinct(random, Math.min(CASES_SIGNED.pick(random), plan.count - produced));
    for (const [index, signed] of cases.entries()) {
      produced += 1;
      yield signature(plan, random, new Date(at.getTime() + index * 40_000), section, signed, person);
    }
  }
  return signers;
}

function signature(plan: MarathonPlan, random: Random, at: Date, section: Section, signed: Case, person: number): ActionRow {
  return onlineSignatureRow(random, {
    caseId: signed.id,
    campaignId: plan.campaignId,
    section: section.code,
    consentLanguage: section.language,
    consentTextVersion: plan.consentTextVersion,
    person,
    at,
    now: plan.now,
  });
}

function otherAction(plan: MarathonPlan, random: Random, at: Date, section: Section): ActionRow {
  const kind = MARATHON_KINDS.pick(random);
  const source = kind.sources.pick(random);
  return {
    id: randomUUID(),
    type: kind.type,
    quantity: quantityOf(kind, random),
    caseId: plan.cases.pick(random).id,
    campaignId: plan.campaignId,
    section: section.code,
    supporterId: random.chance(kind.withSupporter) ? plan.supporters.pick(random) : null,
    source,
    status: 'ACCEPTED',
    occurredAt: at,
    // Website forms count at once; staff and imports record what was collected days later.
    recordedAt: source === 'WEBSITE' ? at : later(at, hours(random.integer(1, 24 * 14)), plan.now),
    retractedAt: null,
    signature: null,
  };
}
