import { randomUUID } from 'node:crypto';
import { onlineSignatureRow, type ActionRow } from './action-row';
import { NETWORK_KINDS, QUESTIONNAIRE_TYPES, quantityOf } from './action-kinds';
import { Random, WeightedChoice } from './random';
import { days, endOfMonth, instantIn, later, type TimeWindow } from './time-window';
import type { Case, Section, World } from './world';

export interface NetworkPlan {
  world: World;
  count: number;
  window: TimeWindow;
  /** Adopters answering the monthly questionnaire, per network campaign id (a few answer for years). */
  adopters: Map<string, WeightedChoice<string>>;
  /** Signers of individual cases are drawn among people 0…signerPool - 1 (marathon signers, mostly). */
  signerPool: number;
  now: Date;
}

const KIND = new WeightedChoice(['QUESTIONNAIRE', 'SIGNATURE', 'OTHER'] as const, [45, 30, 25]);
/** Questionnaire answers replaced by a new answer for the same month. */
const REPLACED_ANSWERS = 0.03;
/** Actions for an individual case credited to no campaign (an urgent action outside the network). */
const WITHOUT_CAMPAIGN = 0.05;
/** A prime step: person (offset + n·STEP) mod pool runs through distinct people for n < pool. */
const STEP = 1_000_003;

/**
 * The individual-at-risk networks, month after month over the whole history: monthly questionnaire
 * answers of adopters (letters mostly, counted at the end of the month, by supporter id), online
 * signatures of the cases' petitions (one per person and case) and staff records, events, emails.
 */
export function* networkActions(plan: NetworkPlan, random: Random): Generator<ActionRow, void> {
  const signaturesOf = new Map<string, number>();
  const caseNumber = new Map(plan.world.cases.map((known, index) => [known.id, index]));
  let extraSigners = 0;
  const signerOf = (signed: Case) => {
    const n = signaturesOf.get(signed.id) ?? 0;
    signaturesOf.set(signed.id, n + 1);
    // Co-prime step: distinct people per case while n < pool; past that, people never seen before.
    if (n >= plan.signerPool || plan.signerPool % STEP === 0) return plan.signerPool + extraSigners++;
    const offset = (caseNumber.get(signed.id) as number) * 7_919;
    return (offset + n * STEP) % plan.signerPool;
  };
  for (let produced = 0; produced < plan.count; produced++) {
    const chosen = plan.world.networkCases.pick(random);
    const at = instantIn(plan.window, random);
    const kind = KIND.pick(random);
    if (kind === 'QUESTIONNAIRE') yield answer(plan, random, chosen, at);
    else {
      const section = random.chance(0.85) && chosen.campaign.section ? chosen.campaign.section : plan.world.sections.pick(random);
      const campaignId = random.chance(WITHOUT_CAMPAIGN) ? null : chosen.campaign.id;
      yield kind === 'SIGNATURE' ? signature(plan, random, chosen, campaignId, section, at, signerOf(chosen)) : other(plan, random, chosen, campaignId, section, at);
    }
  }
}

function answer(plan: NetworkPlan, random: Random, chosen: Case, at: Date): ActionRow {
  const section = chosen.campaign.section as Section;
  const monthEnd = endOfMonth(at);
  const replaced = random.chance(REPLACED_ANSWERS);
  const recordedAt = later(monthEnd, days(random.integer(1, 10)), plan.now);
  return {
    id: randomUUID(),
    type: QUESTIONNAIRE_TYPES.pick(random),
    quantity: random.integer(1, 4),
    caseId: chosen.id,
    campaignId: chosen.campaign.id,
    section: section.code,
    supporterId: (plan.adopters.get(chosen.campaign.id) as WeightedChoice<string>).pick(random),
    source: 'QUESTIONNAIRE',
    status: replaced ? 'RETRACTED' : 'ACCEPTED',
    occurredAt: monthEnd,
    recordedAt,
    retractedAt: replaced ? later(recordedAt, days(random.integer(1, 5)), plan.now) : null,
    signature: null,
  };
}

function signature(plan: NetworkPlan, random: Random, chosen: Case, campaignId: string | null, section: Section, at: Date, person: number): ActionRow {
  return onlineSignatureRow(random, {
    caseId: chosen.id,
    campaignId,
    section: section.code,
    consentLanguage: section.language,
    consentTextVersion: `${at.getUTCFullYear()}-01`,
    person,
    at,
    now: plan.now,
  });
}

function other(plan: NetworkPlan, random: Random, chosen: Case, campaignId: string | null, section: Section, at: Date): ActionRow {
  const kind = NETWORK_KINDS.pick(random);
  const source = kind.sources.pick(random);
  return {
    id: randomUUID(),
    type: kind.type,
    quantity: quantityOf(kind, random),
    caseId: chosen.id,
    campaignId,
    section: section.code,
    supporterId: random.chance(kind.withSupporter) ? (plan.adopters.get(chosen.campaign.id) as WeightedChoice<string>).pick(random) : null,
    source,
    status: 'ACCEPTED',
    occurredAt: at,
    recordedAt: source === 'WEBSITE' ? at : later(at, days(random.integer(1, 14)), plan.now),
    retractedAt: null,
    signature: null,
  };
}
