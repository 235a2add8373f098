import { createHash } from 'node:crypto';

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
