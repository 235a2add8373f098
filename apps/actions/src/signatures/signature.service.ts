import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { GroupCommit, type ItemOutcome } from '@plume/database';
import { ErrorCode } from '@plume/errors';
import { tokenHash } from '@plume/privacy';
import type { ActionLedger } from '../actions/action-ledger';
import { ActionEntity } from '../actions/action.entity';
import type { ActionStatsService } from '../counters/action-stats.service';
import { ALL_SECTIONS } from '../counters/action-total.entity';
import type { CampaignSigners } from '../counters/campaign-signers';
import type { ConfirmationMail } from './confirmation-mail';
import { PetitionRequestEntity } from './petition-request.entity';
import type { SignatureBatchWriter, SignatureRequest } from './signature-batch';
import type { SignPetitionArguments } from './signature.input';
import type { RetractSignatureOutcome, SignPetitionOutcome } from './signature-outcomes';
import { SignatureEntity } from './signature.entity';

/** Signatures per transaction at most: enough to share a commit widely, small enough to hold locks briefly. */
const DEFAULT_MAX_BATCH = 64;

/**
 * One-click petition signatures from section websites, and their retraction by the signer. Signatures
 * are written by group commit: those arriving while a transaction is in flight share the next one (see
 * GroupCommit and SignatureBatchWriter), which is what lets a marathon's peak through on two cores.
 */
export class SignatureService {
  private readonly group: GroupCommit<SignatureRequest, SignPetitionOutcome>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: SignatureBatchWriter,
    private readonly ledger: ActionLedger,
    private readonly signers: CampaignSigners,
    private readonly confirmationMail: ConfirmationMail,
    private readonly stats: ActionStatsService,
    maxBatch = DEFAULT_MAX_BATCH,
  ) {
    this.group = new GroupCommit({ maxBatch, commit: (requests) => this.commit(requests) });
  }

  /**
   * Idempotent on (section, idempotencyKey); one counted signature per person (contact reference) and
   * case. The answer is the same for a first signature, a repeat and a replay. Where the section asks
   * for double opt-in, the signature waits (PENDING_CONFIRMATION, not counted, not listed) until the
   * signer follows the emailed link; a repeat while it waits emails a new link.
   */
  sign(section: string, input: SignPetitionArguments, clientAddress: string | null): Promise<SignPetitionOutcome> {
    return this.group.submit({ section, input, clientAddress });
  }

  private async commit(requests: SignatureRequest[]): Promise<ItemOutcome<SignPetitionOutcome>[]> {
    const now = new Date();
    const { outcomes, mails } = await this.dataSource.transaction((manager) => this.batches.write(manager, requests, now));
    await this.attachCaseCounters(outcomes);
    // Mails go once the signatures are committed; a mail that cannot be sent fails its own request only.
    return Promise.all(
      outcomes.map(async (outcome, position) => {
        const mail = mails.get(position);
        if (!mail || !('result' in outcome)) return outcome;
        try {
          await this.confirmationMail.send({ email: mail.email, language: mail.language, section: mail.section }, mail.token);
          return outcome;
        } catch (error) {
          return { error };
        }
      }),
    );
  }

  /**
   * Each answer shows its case's counters as they are after the signature: read once per case for the
   * whole batch, right after its commit, instead of once per request (64 signatures of one case, one
   * query). Only the all-sections counters the signing page shows; a failed read leaves each request
   * to read its own.
   */
  private async attachCaseCounters(outcomes: ItemOutcome<SignPetitionOutcome>[]): Promise<void> {
    const signed = outcomes.flatMap((outcome) => ('result' in outcome ? [outcome.result] : []));
    const caseIds = [...new Set(signed.map((outcome) => outcome.caseId))];
    if (caseIds.length === 0) return;
    const counters = await this.stats.load(caseIds.map((id) => ({ kind: 'CASE' as const, id, section: ALL_SECTIONS }))).catch(() => null);
    if (!counters) return;
    for (const outcome of signed) outcome.caseCounters = counters[caseIds.indexOf(outcome.caseId)];
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
