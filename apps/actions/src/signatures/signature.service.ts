import { randomBytes, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { insertIfAbsent } from '@plume/database';
import { conflict, ErrorCode } from '@plume/errors';
import { contactReference, tokenHash } from '@plume/privacy';
import type { ActionLedger } from '../actions/action-ledger';
import { ActionEntity } from '../actions/action.entity';
import type { CaseDirectory } from '../case-projection/case-directory';
import type { CampaignSigners } from '../counters/campaign-signers';
import type { ConfirmationMail } from './confirmation-mail';
import { PetitionRequestEntity } from './petition-request.entity';
import type { RetractionTokens } from './retraction-tokens';
import type { SignPetitionArguments } from './signature.input';
import type { RetractSignatureOutcome, SignPetitionOutcome } from './signature-outcomes';
import { SignatureEntity } from './signature.entity';

export interface SignatureSettings {
  contactReferenceSecret: string;
  /** Sections whose signatures count only once the signer followed the emailed link. */
  doubleOptInSections: ReadonlySet<string>;
}

/** Who to email a double opt-in link to, once the transaction is committed. */
interface PendingMail {
  email: string;
  language: string;
  token: string;
}

/** One-click petition signatures from section websites, and their retraction by the signer. */
export class SignatureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseDirectory,
    private readonly ledger: ActionLedger,
    private readonly signers: CampaignSigners,
    private readonly tokens: RetractionTokens,
    private readonly confirmationMail: ConfirmationMail,
    private readonly settings: SignatureSettings,
  ) {}

  /**
   * Idempotent on (section, idempotencyKey); one counted signature per person (contact reference) and
   * case. The answer is the same for a first signature, a repeat and a replay. Where the section asks
   * for double opt-in, the signature waits (PENDING_CONFIRMATION, not counted, not listed) until the
   * signer follows the emailed link; a repeat while it waits emails a new link.
   */
  async sign(section: string, input: SignPetitionArguments, clientAddress: string | null): Promise<SignPetitionOutcome> {
    const retractionToken = this.tokens.issue(section, input.idempotencyKey);
    const doubleOptIn = this.settings.doubleOptInSections.has(section);
    const outcome: SignPetitionOutcome = { accepted: true, retractionToken, confirmationRequired: doubleOptIn, caseId: input.caseId };
    const confirmation = doubleOptIn ? randomBytes(32).toString('base64url') : null;
    const now = new Date();
    const mail = await this.dataSource.transaction(async (manager): Promise<PendingMail | null> => {
      // 1. Claim the key. A concurrent request with the same key waits here until we commit, then finds it taken.
      const claimed = await insertIfAbsent(manager, PetitionRequestEntity, {
        section,
        idempotencyKey: input.idempotencyKey,
        caseId: input.caseId,
        actionId: null,
        retractionTokenHash: tokenHash(retractionToken),
        confirmationTokenHash: confirmation ? tokenHash(confirmation) : null,
        requestedAt: now,
      });
      if (!claimed) {
        const first = await manager.findOneByOrFail(PetitionRequestEntity, { section, idempotencyKey: input.idempotencyKey });
        if (first.caseId !== input.caseId) throw conflict('This idempotency key was already used to sign another case: send a new key for a new signature.');
        return null; // a replay: the first request did (or did not) count the signature
      }
      const known = await this.cases.requireAccepting(manager, { caseId: input.caseId, audience: 'public', channel: 'ONLINE', occurredAt: now, field: 'caseId' });
      const campaignId = await this.cases.campaignFor(manager, known, input.campaignId, 'campaignId');

      // 2. Claim "this person signed this case". A repeat (whatever the key) finds it taken: accepted, not counted.
      const reference = contactReference(input.signer.email, this.settings.contactReferenceSecret);
      const actionId = randomUUID();
      const signed = await insertIfAbsent(manager, SignatureEntity, {
        actionId,
        caseId: input.caseId,
        section,
        contactReference: reference,
        signerName: input.signer.name,
        signerEmail: input.signer.email,
        signerCountry: input.signer.country,
        consentTextVersion: input.consent.textVersion,
        consentLanguage: input.consent.language,
        signedAt: now,
        retractedAt: null,
        erasedAt: null,
        clientAddress,
        confirmationPending: doubleOptIn,
        invalidatedAt: null,
      });
      const pendingMail = confirmation ? { email: input.signer.email, language: input.consent.language, token: confirmation } : null;
      if (!signed) return confirmation ? this.relinkPendingSignature(manager, section, input, reference, pendingMail) : null;

      // 3. Count it (event, counters, milestone) — or, with double opt-in, hold it until confirmed.
      await this.ledger.add(
        manager,
        [{ id: actionId, caseId: input.caseId, campaignId, section, supporterId: null, type: 'ONLINE_SIGNATURE', source: 'WEBSITE', quantity: 1, occurredAt: now, status: doubleOptIn ? 'PENDING_CONFIRMATION' : 'ACCEPTED', recordedBy: 'petition' }],
        now,
      );
      // The request now points to it, for the retraction (and confirmation) links.
      await manager.update(PetitionRequestEntity, { section, idempotencyKey: input.idempotencyKey }, { actionId });
      if (campaignId && !doubleOptIn) await this.signers.signed(manager, campaignId, section, reference);
      return pendingMail;
    });
    if (mail) await this.confirmationMail.send({ email: mail.email, language: mail.language, section }, mail.token);
    return outcome;
  }

  /** A repeat while the first signature still waits for confirmation: this request's link confirms it too. */
  private async relinkPendingSignature(
    manager: EntityManager,
    section: string,
    input: SignPetitionArguments,
    reference: string,
    mail: PendingMail | null,
  ): Promise<PendingMail | null> {
    const existing = await manager.findOneBy(SignatureEntity, { caseId: input.caseId, contactReference: reference });
    if (!existing?.confirmationPending) return null;
    await manager.update(PetitionRequestEntity, { section, idempotencyKey: input.idempotencyKey }, { actionId: existing.actionId });
    return mail;
  }

  /**
   * "That was not me": the signature stops counting and its personal data is wiped. Idempotent. A token
   * of a repeat (nothing was counted for it) answers the same, so the link reveals nothing either.
   */
  async retract(token: string): Promise<RetractSignatureOutcome> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOneBy(PetitionRequestEntity, { retractionTokenHash: tokenHash(token) });
      if (!request) throw new GraphQLError('This retraction link is not known.', { extensions: { code: ErrorCode.NotFound } });
      const outcome: RetractSignatureOutcome = { retracted: true, caseId: request.caseId };
      if (!request.actionId) return outcome;
      const signature = await manager.findOne(SignatureEntity, { where: { actionId: request.actionId }, lock: { mode: 'pessimistic_write' } });
      const action = await manager.findOne(ActionEntity, { where: { id: request.actionId }, lock: { mode: 'pessimistic_write' } });
      if (!signature || !action) return outcome;
      if (action.status === 'PENDING_CONFIRMATION') {
        // Never counted: it simply will not be, and its personal data goes now.
        await manager.update(ActionEntity, { id: action.id }, { status: 'RETRACTED', statusChangedAt: now });
      } else if (action.status === 'ACCEPTED') {
        await this.ledger.retract(manager, [action], 'SIGNER_RETRACTED', now);
        if (action.campaignId) await this.signers.unsigned(manager, action.campaignId, action.section, signature.contactReference);
      } else return outcome;
      await manager.update(
        SignatureEntity,
        { actionId: signature.actionId },
        { contactReference: null, signerName: null, signerEmail: null, signerCountry: null, clientAddress: null, confirmationPending: false, retractedAt: now },
      );
      return outcome;
    });
  }
}
