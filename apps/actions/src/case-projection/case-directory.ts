import { In, type EntityManager } from 'typeorm';
import { KnownCaseEntity } from '@plume/case-projection';
import { badUserInput, notFound } from '@plume/errors';
import { refusalOf, type ActionRequest } from './action-acceptance';
import { KnownCampaignEntity } from './known-campaign.entity';

/** Questions about cases and campaigns, answered from the local projection of `plume.cases`. */
export class CaseDirectory {
  /** The case, when it takes this action; NOT_FOUND or BAD_USER_INPUT otherwise (see action-acceptance.ts). */
  async requireAccepting(manager: EntityManager, request: ActionRequest): Promise<KnownCaseEntity> {
    const known = await manager.findOneBy(KnownCaseEntity, { caseId: request.caseId });
    const refusal = refusalOf(known, request);
    if (refusal) throw refusal;
    return known as KnownCaseEntity; // refusalOf refuses a case the projection does not know
  }

  /** The case, whatever its status, for staff reading its records; NOT_FOUND when unknown. */
  async requireKnown(manager: EntityManager, caseId: string): Promise<KnownCaseEntity> {
    const known = await manager.findOneBy(KnownCaseEntity, { caseId });
    if (!known) throw notFound('Case', caseId);
    return known;
  }

  /**
   * The campaign an action counts for: the one asked for, which must be one of the case's campaigns;
   * else the case's only ACTIVE campaign; else none (the action still counts for the case).
   */
  async campaignFor(manager: EntityManager, known: KnownCaseEntity, requested: string | null | undefined, field: string): Promise<string | null> {
    if (requested) {
      const campaign = await manager.findOneBy(KnownCampaignEntity, { campaignId: requested });
      if (!campaign || !known.campaignCodes.includes(campaign.code)) {
        throw badUserInput("The campaign is not one of the case's campaigns.", [{ field, message: 'not a campaign of this case' }]);
      }
      return campaign.campaignId;
    }
    if (known.campaignCodes.length === 0) return null;
    const active = await manager.findBy(KnownCampaignEntity, { code: In(known.campaignCodes), status: 'ACTIVE' });
    return active.length === 1 ? active[0].campaignId : null;
  }
}
