import { randomUUID } from 'node:crypto';
import type { TokenRequest } from '@plume/auth';
import type { ActionsTestService } from '../../test-support/actions-test-service';
import type { UpstreamEvents } from '../../test-support/upstream-events';

const SIGN = `mutation($caseId: ID!, $signer: SignerInput!, $consent: PetitionConsentInput!, $idempotencyKey: String!) {
  signPetition(caseId: $caseId, signer: $signer, consent: $consent, idempotencyKey: $idempotencyKey) { retractionToken }
}`;
const RECORD = `mutation($input: RecordActionInput!) { recordAction(input: $input) { id } }`;
const RETRACT = `mutation($token: String!) { retractSignature(token: $token) { retracted } }`;
const REVIEW = `mutation($id: ID!, $decision: ActionReview!) { reviewAction(id: $id, decision: $decision) { id } }`;

export interface ReportHistory {
  campaignIds: string[];
  caseIds: string[];
  sections: string[];
  countries: string[];
  types: readonly string[];
  sources: readonly string[];
  signerNames: string[];
  signerEmails: string[];
  supporterIds: string[];
  /** A section with a single supporter's letters: what the small-cell rule must hide. */
  loneSection: string;
}

const SECTIONS = ['BE-FR', 'DZ'];
const STAFF_TYPES = ['LETTER', 'PAPER_SIGNATURES', 'EVENT', 'POSTCARD', 'EMAIL'] as const;
const STAFF_SOURCES = ['STAFF', 'EVENT', 'IMPORT'] as const;

/** A small deterministic generator, so a failing run can be replayed as it was. */
function seededRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return { integer: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] };
}

/**
 * A varied history through the real write path: two campaigns, five cases in four countries, people
 * signing one to three cases through two sections' websites (some retracted), staff records of every
 * kind over two and a half years (some for known supporters, one pending then confirmed, one rejected),
 * and a lone supporter in a third section.
 */
export async function buildReportHistory(service: ActionsTestService, upstream: UpstreamEvents): Promise<ReportHistory> {
  const random = seededRandom(61);
  const call = async <Data>(query: string, variables: Record<string, unknown>, as: TokenRequest) => {
    const response = await service.call<Data>(query, variables, as);
    if (response.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(response.errors)}`);
    return response.data as Data;
  };
  const site = (section: string): TokenRequest => ({ role: 'site', subject: `site-${section}`, section });
  const staff = (section: string): TokenRequest => ({ role: 'staff', subject: `staff-${section}`, section });

  const [campaignA, campaignB] = [await upstream.knownCampaign('ACTIVE'), await upstream.knownCampaign('ACTIVE')];
  const countries = ['DZ', 'TR', 'BY', 'DZ', 'EG'];
  const caseIds: string[] = [];
  for (const [index, country] of countries.entries()) {
    const campaignCodes = index < 3 ? [campaignA.code] : index === 3 ? [campaignB.code] : [];
    caseIds.push(await upstream.knownCase({ country, campaignCodes }));
  }

  const signerNames: string[] = [];
  const signerEmails: string[] = [];
  const retractionTokens: string[] = [];
  for (let person = 0; person < 24; person += 1) {
    const name = `Signataire ${randomUUID().slice(0, 6)}`;
    const email = `report.${randomUUID().slice(0, 8)}@example.org`;
    signerNames.push(name);
    signerEmails.push(email);
    const section = random.pick(SECTIONS);
    const cases = new Set(Array.from({ length: random.integer(1, 3) }, () => random.pick(caseIds)));
    for (const caseId of cases) {
      const signed = await call<{ signPetition: { retractionToken: string } }>(
        SIGN,
        { caseId, signer: { name, email, country: 'BE' }, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() },
        site(section),
      );
      retractionTokens.push(signed.signPetition.retractionToken);
    }
  }
  for (const token of retractionTokens.slice(0, 3)) await call(RETRACT, { token }, site('BE-FR'));

  const supporterIds = Array.from({ length: 8 }, () => randomUUID());
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - random.integer(0, 86_000) * 1_000).toISOString();
  const record = async (section: string, input: Record<string, unknown>) =>
    (await call<{ recordAction: { id: string } }>(RECORD, { input: { idempotencyKey: randomUUID(), ...input } }, staff(section))).recordAction.id;
  for (let n = 0; n < 40; n += 1) {
    const type = random.pick(STAFF_TYPES);
    await record(random.pick(SECTIONS), {
      caseId: random.pick(caseIds),
      type,
      quantity: type === 'PAPER_SIGNATURES' ? random.integer(10, 400) : random.integer(1, 30),
      source: random.pick(STAFF_SOURCES),
      occurredAt: daysAgo(random.integer(0, 900)),
      supporterId: random.integer(0, 1) === 1 ? random.pick(supporterIds) : null,
    });
  }
  const confirmed = await record('DZ', { caseId: caseIds[0], type: 'LETTER', quantity: 7, pendingConfirmation: true, occurredAt: daysAgo(40) });
  const rejected = await record('DZ', { caseId: caseIds[1], type: 'LETTER', quantity: 9, pendingConfirmation: true, occurredAt: daysAgo(41) });
  await call(REVIEW, { id: confirmed, decision: 'CONFIRM' }, staff('DZ'));
  await call(REVIEW, { id: rejected, decision: 'REJECT' }, staff('DZ'));

  const loneSection = 'FR';
  const loneSupporter = randomUUID();
  supporterIds.push(loneSupporter);
  await record(loneSection, { caseId: caseIds[2], type: 'LETTER', quantity: 3, source: 'STAFF', supporterId: loneSupporter, occurredAt: daysAgo(10) });

  return {
    campaignIds: [campaignA.id, campaignB.id],
    caseIds,
    sections: [...SECTIONS, loneSection],
    countries: [...new Set(countries)],
    types: ['ONLINE_SIGNATURE', ...STAFF_TYPES],
    sources: ['WEBSITE', ...STAFF_SOURCES],
    signerNames,
    signerEmails,
    supporterIds,
    loneSection,
  };
}
