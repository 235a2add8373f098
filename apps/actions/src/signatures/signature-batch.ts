import { randomBytes, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { ItemOutcome } from '@plume/database';
import { conflict } from '@plume/errors';
import { contactReference, tokenHash } from '@plume/privacy';
import type { ActionLedger } from '../actions/action-ledger';
import type { CaseDirectory } from '../case-projection/case-directory';
import type { CampaignSigners } from '../counters/campaign-signers';
import { SignatureEntity } from './signature.entity';
import { PetitionRequestEntity } from './petition-request.entity';
import type { RetractionTokens } from './retraction-tokens';
import type { SignPetitionArguments } from './signature.input';
import type { SignPetitionOutcome } from './signature-outcomes';

/** One signPetition request, waiting for the next group commit. */
export interface SignatureRequest {
  section: string;
  input: SignPetitionArguments;
  clientAddress: string | null;
}

export interface SignatureBatchSettings {
  contactReferenceSecret: string;
  /** Sections whose signatures count only once the signer followed the emailed link. */
  doubleOptInSections: ReadonlySet<string>;
}

/** Who to email a double opt-in link to, once the transaction is committed. */
export interface PendingMail {
  email: string;
  language: string;
  section: string;
  token: string;
}

export interface SignatureBatchResult {
  outcomes: ItemOutcome<SignPetitionOutcome>[];
  /** By request position. */
  mails: Map<number, PendingMail>;
}

/** A request whose case takes signatures, with what its rows will hold. */
interface Draft {
  position: number;
  request: SignatureRequest;
  campaignId: string | null;
  actionId: string;
  retractionToken: string;
  confirmation: string | null;
  reference: string;
}

/**
 * Writes a batch of signPetition requests inside one transaction, a handful of statements whatever the
 * batch size (each step is one multi-row statement):
 *
 * 1. the case and campaign each request signs for (read once per case; a refused request writes nothing);
 * 2. the idempotency keys are claimed — a key already taken, or taken earlier in this batch, is a replay;
 * 3. "this person signed this case" is claimed — a person already counted is a repeat: accepted, not counted;
 * 4. the new signatures are counted (actions, counters, milestones, events) and linked to their requests.
 *
 * The answer is the same for a first signature, a repeat and a replay. Rows are written in key order so
 * that concurrent batches (other instances) take their locks in one order and cannot deadlock.
 */
export class SignatureBatchWriter {
  constructor(
    private readonly cases: CaseDirectory,
    private readonly ledger: ActionLedger,
    private readonly signers: CampaignSigners,
    private readonly tokens: RetractionTokens,
    private readonly settings: SignatureBatchSettings,
  ) {}

  async write(manager: EntityManager, requests: SignatureRequest[], now: Date): Promise<SignatureBatchResult> {
    const outcomes: ItemOutcome<SignPetitionOutcome>[] = requests.map((request) => ({ result: this.answerFor(request) }));
    const mails = new Map<number, PendingMail>();
    const { drafts, refused } = await this.draftsFor(manager, requests);

    const claimers = await this.claimKeys(manager, drafts, now);
    // A replay answers like the first request did, even for a case that since stopped taking signatures.
    const replays = [...drafts.filter((draft) => !claimers.has(draft.position)).map((draft) => draft.position), ...refused.keys()];
    const firstCaseOf = await this.caseOfClaimedKeys(manager, replays.map((position) => requests[position]));
    for (const position of replays) {
      const { section, input } = requests[position];
      const firstCase = firstCaseOf.get(keyOf(section, input.idempotencyKey));
      if (firstCase === undefined) outcomes[position] = { error: refused.get(position) };
      else if (firstCase !== input.caseId) outcomes[position] = { error: conflict('This idempotency key was already used to sign another case: send a new key for a new signature.') };
    }

    const claimed = drafts.filter((draft) => claimers.has(draft.position));
    const counted = await this.claimSigners(manager, claimed, now);
    await this.count(manager, claimed.filter((draft) => counted.has(draft.actionId)), now);
    for (const draft of claimed) {
      const mail = draft.confirmation ? { email: draft.request.input.signer.email, language: draft.request.input.consent.language, section: draft.request.section, token: draft.confirmation } : null;
      if (!mail) continue;
      // A repeat while the first signature still waits for confirmation: this request's link confirms it too.
      if (counted.has(draft.actionId) || (await this.relinkPendingSignature(manager, draft))) mails.set(draft.position, mail);
    }
    return { outcomes, mails };
  }

  private answerFor(request: SignatureRequest): SignPetitionOutcome {
    return {
      accepted: true,
      retractionToken: this.tokens.issue(request.section, request.input.idempotencyKey),
      confirmationRequired: this.settings.doubleOptInSections.has(request.section),
      caseId: request.input.caseId,
    };
  }

  /** Step 1: the campaign each request counts for; a case or campaign refused is that request's error. */
  private async draftsFor(manager: EntityManager, requests: SignatureRequest[]): Promise<{ drafts: Draft[]; refused: Map<number, GraphQLError> }> {
    const decided = new Map<string, string | null | GraphQLError>();
    const drafts: Draft[] = [];
    const refused = new Map<number, GraphQLError>();
    for (const [position, request] of requests.entries()) {
      const { caseId, campaignId: requested } = request.input;
      const key = `${caseId}\n${requested ?? ''}`;
      if (!decided.has(key)) decided.set(key, await this.campaignOf(manager, caseId, requested));
      const campaignId = decided.get(key) as string | null | GraphQLError;
      if (campaignId instanceof GraphQLError) {
        refused.set(position, campaignId);
        continue;
      }
      drafts.push({
        position,
        request,
        campaignId,
        actionId: randomUUID(),
        retractionToken: this.tokens.issue(request.section, request.input.idempotencyKey),
        confirmation: this.settings.doubleOptInSections.has(request.section) ? randomBytes(32).toString('base64url') : null,
        reference: contactReference(request.input.signer.email, this.settings.contactReferenceSecret),
      });
    }
    return { drafts, refused };
  }

  private async campaignOf(manager: EntityManager, caseId: string, requested: string | null | undefined): Promise<string | null | GraphQLError> {
    try {
      const known = await this.cases.requireAccepting(manager, { caseId, audience: 'public', channel: 'ONLINE', occurredAt: new Date(), field: 'caseId' });
      return await this.cases.campaignFor(manager, known, requested, 'campaignId');
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      throw error;
    }
  }

  /** Step 2: the positions whose idempotency key this batch claimed (the first request of a key wins). */
  private async claimKeys(manager: EntityManager, drafts: Draft[], now: Date): Promise<Set<number>> {
    if (drafts.length === 0) return new Set();
    const ordered = [...drafts].sort((a, b) => compareKeys(a, b) || a.position - b.position);
    const inserted: { section: string; idempotency_key: string }[] = await manager.query(
      `INSERT INTO petition_request (section, idempotency_key, case_id, retraction_token_hash, confirmation_token_hash, requested_at)
       SELECT d.section, d.idempotency_key, d.case_id, d.retraction_token_hash, d.confirmation_token_hash, $6
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[]) WITH ORDINALITY
              AS d(section, idempotency_key, case_id, retraction_token_hash, confirmation_token_hash, position)
        ORDER BY d.position
       ON CONFLICT (section, idempotency_key) DO NOTHING
       RETURNING section, idempotency_key`,
      [
        ordered.map((draft) => draft.request.section),
        ordered.map((draft) => draft.request.input.idempotencyKey),
        ordered.map((draft) => draft.request.input.caseId),
        ordered.map((draft) => tokenHash(draft.retractionToken)),
        ordered.map((draft) => (draft.confirmation ? tokenHash(draft.confirmation) : null)),
        now,
      ],
    );
    const newKeys = new Set(inserted.map((row) => keyOf(row.section, row.idempotency_key)));
    const claimers = new Set<number>();
    for (const draft of ordered) {
      const key = keyOf(draft.request.section, draft.request.input.idempotencyKey);
      if (newKeys.delete(key)) claimers.add(draft.position); // the first of its key in insertion order
    }
    return claimers;
  }

  /** The case each of these requests' keys was first used for, where the key is taken. */
  private async caseOfClaimedKeys(manager: EntityManager, requests: SignatureRequest[]): Promise<Map<string, string>> {
    if (requests.length === 0) return new Map();
    const rows: { section: string; idempotency_key: string; case_id: string }[] = await manager.query(
      `SELECT p.section, p.idempotency_key, p.case_id
         FROM petition_request p
         JOIN unnest($1::text[], $2::text[]) AS d(section, idempotency_key) USING (section, idempotency_key)`,
      [requests.map((request) => request.section), requests.map((request) => request.input.idempotencyKey)],
    );
    return new Map(rows.map((row) => [keyOf(row.section, row.idempotency_key), row.case_id]));
  }

  /** Step 3: the action ids of the signatures that count (the person had not signed this case yet). */
  private async claimSigners(manager: EntityManager, drafts: Draft[], now: Date): Promise<Set<string>> {
    if (drafts.length === 0) return new Set();
    const ordered = [...drafts].sort((a, b) => compare(a.request.input.caseId, b.request.input.caseId) || compare(a.reference, b.reference) || a.position - b.position);
    const column = <Value>(pick: (draft: Draft) => Value) => ordered.map(pick);
    const inserted: { action_id: string }[] = await manager.query(
      `INSERT INTO signature (action_id, case_id, section, contact_reference, signer_name, signer_email, signer_country,
                              consent_text_version, consent_language, signed_at, client_address, confirmation_pending)
       SELECT d.action_id, d.case_id, d.section, d.contact_reference, d.signer_name, d.signer_email, d.signer_country,
              d.consent_text_version, d.consent_language, $11, d.client_address, d.confirmation_pending
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::inet[], $12::boolean[])
              WITH ORDINALITY AS d(action_id, case_id, section, contact_reference, signer_name, signer_email, signer_country,
                                   consent_text_version, consent_language, client_address, confirmation_pending, position)
        ORDER BY d.position
       ON CONFLICT (case_id, contact_reference) DO NOTHING
       RETURNING action_id`,
      [
        column((draft) => draft.actionId),
        column((draft) => draft.request.input.caseId),
        column((draft) => draft.request.section),
        column((draft) => draft.reference),
        column((draft) => draft.request.input.signer.name),
        column((draft) => draft.request.input.signer.email),
        column((draft) => draft.request.input.signer.country),
        column((draft) => draft.request.input.consent.textVersion),
        column((draft) => draft.request.input.consent.language),
        column((draft) => draft.request.clientAddress),
        now,
        column((draft) => draft.confirmation !== null),
      ],
    );
    return new Set(inserted.map((row) => row.action_id));
  }

  /** Step 4: counted now (or held until confirmed, with double opt-in), and linked to their requests. */
  private async count(manager: EntityManager, drafts: Draft[], now: Date): Promise<void> {
    if (drafts.length === 0) return;
    await this.ledger.add(
      manager,
      drafts.map((draft) => ({
        id: draft.actionId,
        caseId: draft.request.input.caseId,
        campaignId: draft.campaignId,
        section: draft.request.section,
        supporterId: null,
        type: 'ONLINE_SIGNATURE' as const,
        source: 'WEBSITE' as const,
        quantity: 1,
        occurredAt: now,
        status: draft.confirmation ? ('PENDING_CONFIRMATION' as const) : ('ACCEPTED' as const),
        recordedBy: 'petition',
      })),
      now,
    );
    await manager.query(
      `UPDATE petition_request p SET action_id = d.action_id
         FROM unnest($1::text[], $2::text[], $3::uuid[]) AS d(section, idempotency_key, action_id)
        WHERE p.section = d.section AND p.idempotency_key = d.idempotency_key`,
      [drafts.map((draft) => draft.request.section), drafts.map((draft) => draft.request.input.idempotencyKey), drafts.map((draft) => draft.actionId)],
    );
    await this.signers.signedAll(
      manager,
      drafts.filter((draft) => draft.campaignId && !draft.confirmation).map((draft) => ({ campaignId: draft.campaignId as string, section: draft.request.section, contactReference: draft.reference })),
    );
  }

  /** A repeat of a signature still waiting for confirmation: its request points to that signature. */
  private async relinkPendingSignature(manager: EntityManager, draft: Draft): Promise<boolean> {
    const existing = await manager.findOneBy(SignatureEntity, { caseId: draft.request.input.caseId, contactReference: draft.reference });
    if (!existing?.confirmationPending) return false;
    await manager.update(PetitionRequestEntity, { section: draft.request.section, idempotencyKey: draft.request.input.idempotencyKey }, { actionId: existing.actionId });
    return true;
  }
}

const keyOf = (section: string, idempotencyKey: string) => `${section}\n${idempotencyKey}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareKeys = (a: Draft, b: Draft) => compare(a.request.section, b.request.section) || compare(a.request.input.idempotencyKey, b.request.input.idempotencyKey);
