import { createHash, randomUUID } from 'node:crypto';
import type { Random } from './random';
import { hours, later } from './time-window';

/** One row of the `action` table as the bench writes it (recorded_by = 'bench'). */
export interface ActionRow {
  id: string;
  type: 'LETTER' | 'EMAIL' | 'TWEET' | 'POSTCARD' | 'DRAWING' | 'ONLINE_SIGNATURE' | 'PAPER_SIGNATURES' | 'EVENT' | 'OTHER';
  quantity: number;
  caseId: string;
  campaignId: string | null;
  section: string;
  supporterId: string | null;
  source: 'WEBSITE' | 'QUESTIONNAIRE' | 'EVENT' | 'IMPORT' | 'STAFF';
  status: 'ACCEPTED' | 'RETRACTED';
  occurredAt: Date;
  recordedAt: Date;
  /** When a RETRACTED action stopped counting. */
  retractedAt: Date | null;
  /** Online signatures only: the row of `signature` that goes with it. */
  signature: SignatureRow | null;
}

/** No names, emails or countries: a contact reference (null once retracted) and the consent given. */
export interface SignatureRow {
  contactReference: string | null;
  consentTextVersion: string;
  consentLanguage: string;
}

/**
 * The contact reference of bench person number `person`: the shape of a real one (43 base64url
 * characters, as an HMAC-SHA256 of an email), from a number, so that no email exists anywhere.
 */
export const benchContactReference = (person: number) => createHash('sha256').update(`plume-bench-person:${person}`).digest('base64url');

export const RECORDED_BY_BENCH = 'bench';

/** Online signatures the signer took back ("that was not me"), in both marathons and networks. */
const RETRACTED_SIGNATURES = 0.02;

export interface OnlineSignature {
  caseId: string;
  campaignId: string | null;
  section: string;
  consentLanguage: string;
  consentTextVersion: string;
  person: number;
  at: Date;
  now: Date;
}

/**
 * A one-click signature as the write path leaves it: ACCEPTED, or RETRACTED within two days (2 %), which
 * wipes its contact reference — a retracted signature counts as a person of its own.
 */
export function onlineSignatureRow(random: Random, signed: OnlineSignature): ActionRow {
  const retracted = random.chance(RETRACTED_SIGNATURES);
  return {
    id: randomUUID(),
    type: 'ONLINE_SIGNATURE',
    quantity: 1,
    caseId: signed.caseId,
    campaignId: signed.campaignId,
    section: signed.section,
    supporterId: null,
    source: 'WEBSITE',
    status: retracted ? 'RETRACTED' : 'ACCEPTED',
    occurredAt: signed.at,
    recordedAt: signed.at,
    retractedAt: retracted ? later(signed.at, hours(random.integer(1, 48)), signed.now) : null,
    signature: { contactReference: retracted ? null : benchContactReference(signed.person), consentTextVersion: signed.consentTextVersion, consentLanguage: signed.consentLanguage },
  };
}
