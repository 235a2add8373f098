import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@plume/errors';
import { tokenHash } from '@plume/privacy';
import type { ActionLedger } from '../actions/action-ledger';
import { ActionEntity } from '../actions/action.entity';
import type { CampaignSigners } from '../counters/campaign-signers';
import { PetitionRequestEntity } from './petition-request.entity';
import type { ConfirmSignatureOutcome } from './signature-outcomes';
import { SignatureEntity } from './signature.entity';

const unknownLink = () =>
  new GraphQLError('This confirmation link is not known or no longer valid (the signature was withdrawn or rejected).', { extensions: { code: ErrorCode.NotFound } });

/** Double opt-in: the signer followed the emailed link, so the signature counts from now on. */
export class SignatureConfirmationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: ActionLedger,
    private readonly signers: CampaignSigners,
  ) {}

  /** Idempotent: following the link again answers the same. */
  async confirm(token: string): Promise<ConfirmSignatureOutcome> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOneBy(PetitionRequestEntity, { confirmationTokenHash: tokenHash(token) });
      if (!request?.actionId) throw unknownLink();
      const signature = await manager.findOne(SignatureEntity, { where: { actionId: request.actionId }, lock: { mode: 'pessimistic_write' } });
      const action = await manager.findOne(ActionEntity, { where: { id: request.actionId }, lock: { mode: 'pessimistic_write' } });
      const outcome: ConfirmSignatureOutcome = { confirmed: true, caseId: request.caseId };
      if (action?.status === 'ACCEPTED') return outcome;
      if (!signature?.confirmationPending || action?.status !== 'PENDING_CONFIRMATION') throw unknownLink();
      await this.ledger.accept(manager, action, now);
      await manager.update(SignatureEntity, { actionId: signature.actionId }, { confirmationPending: false });
      if (action.campaignId && signature.contactReference) await this.signers.signed(manager, action.campaignId, action.section, signature.contactReference);
      return outcome;
    });
  }
}
