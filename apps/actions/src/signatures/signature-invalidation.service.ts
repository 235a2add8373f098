import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { badUserInput } from '@plume/errors';
import type { ActionLedger } from '../actions/action-ledger';
import { ActionEntity } from '../actions/action.entity';
import type { CampaignSigners } from '../counters/campaign-signers';
import type { InvalidateSignaturesInput } from './signature-invalidation.input';
import { SignatureInvalidationEntity } from './signature-invalidation.entity';

/** The most signatures one invalidation may reject: beyond, a smaller window keeps transactions short. */
export const MAX_INVALIDATED = 50_000;

interface Candidate {
  action_id: string;
  contact_reference: string | null;
}

/**
 * Bulk invalidation by staff, for their own section: the online signatures of a time window (and a
 * case, an address block, an email domain) are rejected in one transaction — counters corrected,
 * `action.retracted` (INVALIDATED) for those that counted, personal data wiped, an audit row written.
 */
export class SignatureInvalidationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: ActionLedger,
    private readonly signers: CampaignSigners,
  ) {}

  async invalidate(section: string, requestedBy: string, input: InvalidateSignaturesInput): Promise<{ rejected: number; dryRun: boolean }> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const candidates = await this.candidates(manager, section, input);
      if (candidates.length > MAX_INVALIDATED) {
        throw badUserInput(`Invalid input. These criteria match more than ${MAX_INVALIDATED.toLocaleString('en')} signatures: use a shorter window.`, [
          { field: 'input.signedUntil', message: 'the window matches too many signatures' },
        ]);
      }
      if (input.dryRun || candidates.length === 0) return { rejected: candidates.length, dryRun: input.dryRun };
      const ids = candidates.map((candidate) => candidate.action_id);
      const actions = await manager.find(ActionEntity, { where: { id: In(ids) }, order: { id: 'ASC' } });
      const references = new Map(candidates.map((candidate) => [candidate.action_id, candidate.contact_reference]));
      for (const action of actions.filter((candidate) => candidate.status === 'ACCEPTED' && candidate.campaignId)) {
        const reference = references.get(action.id);
        if (reference) await this.signers.unsigned(manager, action.campaignId as string, section, reference);
      }
      await this.ledger.retract(manager, actions, 'INVALIDATED', now);
      const pending = actions.filter((action) => action.status === 'PENDING_CONFIRMATION').map((action) => action.id);
      if (pending.length > 0) await manager.update(ActionEntity, { id: In(pending) }, { status: 'REJECTED', statusChangedAt: now });
      await manager.query(
        `UPDATE signature SET contact_reference = NULL, signer_name = NULL, signer_email = NULL, signer_country = NULL,
                client_address = NULL, confirmation_pending = false, invalidated_at = $2
          WHERE action_id = ANY($1::uuid[])`,
        [ids, now],
      );
      await manager.save(manager.create(SignatureInvalidationEntity, { section, criteria: auditCriteria(input), rejected: ids.length, requestedBy, requestedAt: now }));
      return { rejected: ids.length, dryRun: false };
    });
  }

  private candidates(manager: EntityManager, section: string, input: InvalidateSignaturesInput): Promise<Candidate[]> {
    const parameters: unknown[] = [section, input.signedFrom, input.signedUntil];
    const where = [
      's.section = $1',
      's.signed_at >= $2',
      's.signed_at < $3',
      's.invalidated_at IS NULL',
      's.retracted_at IS NULL',
      `a.status IN ('ACCEPTED', 'PENDING_CONFIRMATION')`,
    ];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      where.push(condition(`$${parameters.length}`));
    };
    if (input.caseId) add((p) => `s.case_id = ${p}`, input.caseId);
    if (input.addressBlock) add((p) => `s.client_address <<= ${p}::inet`, input.addressBlock);
    if (input.emailDomain) add((p) => `(lower(split_part(s.signer_email, '@', 2)) = ${p} OR lower(split_part(s.signer_email, '@', 2)) LIKE '%.' || ${p})`, input.emailDomain);
    return manager.query(
      `SELECT s.action_id, s.contact_reference FROM signature s JOIN action a ON a.id = s.action_id
        WHERE ${where.join(' AND ')} ORDER BY s.action_id FOR UPDATE OF s, a LIMIT ${MAX_INVALIDATED + 1}`,
      parameters,
    );
  }
}

/** What the audit keeps: the criteria, which name no one (an address block and a domain are not a person). */
function auditCriteria(input: InvalidateSignaturesInput): Record<string, unknown> {
  return {
    signedFrom: input.signedFrom.toISOString(),
    signedUntil: input.signedUntil.toISOString(),
    caseId: input.caseId ?? null,
    addressBlock: input.addressBlock ?? null,
    emailDomain: input.emailDomain ?? null,
  };
}
