import type { DataSource, EntityManager } from 'typeorm';
import { appendToOutbox, CaseCreated, CaseStatusChanged, CaseUpdated } from '@plume/events';
import { isUniqueViolation } from '@plume/database';
import { badUserInput, conflict, isUuid, notFound } from '@plume/errors';
import { CampaignEntity } from '../campaigns/campaign.entity';
import type { CampaignService } from '../campaigns/campaign.service';
import { CASES_EVENT_SOURCE } from '../events';
import { toLocalizedMap } from '../localization/localized-text';
import { CaseCampaignEntity } from './case-campaign.entity';
import { CaseEntity } from './case.entity';
import type { ChangeCaseStatusInput, CreateCaseInput, UpdateCaseInput } from './case.input';
const PLAIN_FIELDS = ['personName', 'country', 'themes', 'defaultLanguage', 'posterUrl', 'imageUrl', 'moreInfoUrl', 'published'] as const;
const CLEARABLE_FIELDS: ReadonlySet<string> = new Set(['posterUrl', 'imageUrl', 'moreInfoUrl']);
const LOCALIZED_FIELDS = ['summary', 'story', 'petitionText'] as const;

/** Changes to cases; each commits with the event announcing it. */
export class CaseCommands {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
  ) {}

  async create(input: CreateCaseInput): Promise<CaseEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const campaigns = await this.campaigns.requireByCodes(manager, input.campaignCodes);
        const entity = manager.create(CaseEntity, {
          slug: input.slug,
          personName: input.personName,
          country: input.country,
          themes: input.themes,
          status: 'ACTIVE',
          statusChangedOn: null,
          defaultLanguage: input.defaultLanguage,
          summary: toLocalizedMap(input.summary),
          story: toLocalizedMap(input.story),
          petitionText: toLocalizedMap(input.petitionText),
          posterUrl: input.posterUrl ?? null,
          imageUrl: input.imageUrl ?? null,
          moreInfoUrl: input.moreInfoUrl ?? null,
          published: input.published,
        });
        await manager.save(entity);
        await linkCampaigns(manager, entity.id, campaigns);
        await appendToOutbox(manager, {
          contract: CaseCreated,
          aggregateId: entity.id,
          source: CASES_EVENT_SOURCE,
          data: { ...classification(entity, campaigns), status: entity.status, defaultLanguage: entity.defaultLanguage },
        });
        return entity;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A case with slug "${input.slug}" already exists.`);
      throw error;
    }
  }

  async update(id: string, input: UpdateCaseInput): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockCase(manager, id);
      const changedFields: string[] = [];
      for (const field of PLAIN_FIELDS) {
        const value = input[field];
        // null clears an optional link; for required fields it means "leave as it is".
        if (value === undefined || (value === null && !CLEARABLE_FIELDS.has(field))) continue;
        if (JSON.stringify(value) === JSON.stringify(entity[field])) continue;
        (entity as unknown as Record<string, unknown>)[field] = value;
        changedFields.push(field);
      }
      for (const field of LOCALIZED_FIELDS) {
        const entries = input[field];
        if (!entries) continue;
        entity[field] = { ...entity[field], ...toLocalizedMap(entries) };
        changedFields.push(field);
      }
      if (!entity.summary[entity.defaultLanguage]) {
        throw badUserInput(`The summary has no "${entity.defaultLanguage}" text, the case's default language.`, [
          { field: 'input.defaultLanguage', message: 'the summary must exist in the default language' },
        ]);
      }
      let campaigns = await campaignsOfCase(manager, entity.id);
      if (input.campaignCodes) {
        campaigns = await this.campaigns.requireByCodes(manager, input.campaignCodes);
        await linkCampaigns(manager, entity.id, campaigns);
        changedFields.push('campaignCodes');
      }
      if (changedFields.length === 0) return entity;
      await manager.save(entity);
      await appendToOutbox(manager, {
        contract: CaseUpdated,
        aggregateId: entity.id,
        source: CASES_EVENT_SOURCE,
        data: { ...classification(entity, campaigns), changedFields },
      });
      return entity;
    });
  }

  /**
   * Something the case page shows but another table keeps changed (a target, a letter template), in the
   * caller's transaction: `case.updated` naming it, under the case's lock, so that caches of the page
   * (the gateway's response cache) drop it at once rather than at their TTL. NOT_FOUND for no such case.
   */
  async announceContentChange(manager: EntityManager, caseId: string, changedFields: string[]): Promise<void> {
    const entity = await lockCase(manager, caseId);
    await appendToOutbox(manager, {
      contract: CaseUpdated,
      aggregateId: entity.id,
      source: CASES_EVENT_SOURCE,
      data: { ...classification(entity, await campaignsOfCase(manager, caseId)), changedFields },
    });
  }

  async changeStatus(input: ChangeCaseStatusInput): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await lockCase(manager, input.caseId);
      if (entity.status === input.status) {
        throw badUserInput(`The case is already ${input.status}.`, [{ field: 'input.status', message: `already ${input.status}` }]);
      }
      const previousStatus = entity.status;
      entity.status = input.status;
      entity.statusChangedOn = input.effectiveOn;
      await manager.save(entity);
      await appendToOutbox(manager, {
        contract: CaseStatusChanged,
        aggregateId: entity.id,
        source: CASES_EVENT_SOURCE,
        data: { caseId: entity.id, previousStatus, status: entity.status, effectiveOn: input.effectiveOn },
      });
      return entity;
    });
  }
}

async function lockCase(manager: EntityManager, id: string): Promise<CaseEntity> {
  if (!isUuid(id)) throw notFound('Case', id);
  const entity = await manager.getRepository(CaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!entity) throw notFound('Case', id);
  return entity;
}

/** Replaces the campaigns a case belongs to. */
async function linkCampaigns(manager: EntityManager, caseId: string, campaigns: CampaignEntity[]): Promise<void> {
  await manager.delete(CaseCampaignEntity, { caseId });
  if (campaigns.length > 0) await manager.insert(CaseCampaignEntity, campaigns.map((campaign) => ({ caseId, campaignId: campaign.id })));
}

function campaignsOfCase(manager: EntityManager, caseId: string): Promise<CampaignEntity[]> {
  return manager
    .getRepository(CampaignEntity)
    .createQueryBuilder('k')
    .innerJoin(CaseCampaignEntity, 'cc', 'cc.campaign_id = k.id')
    .where('cc.case_id = :caseId', { caseId })
    .getMany();
}

/** The public classification of a case carried by its events: no names, stories or addresses. */
function classification(entity: CaseEntity, campaigns: CampaignEntity[]) {
  return {
    caseId: entity.id,
    slug: entity.slug,
    country: entity.country,
    themes: entity.themes,
    published: entity.published,
    campaignCodes: campaigns.map((campaign) => campaign.code),
  };
}
