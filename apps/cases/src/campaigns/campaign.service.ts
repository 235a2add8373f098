import { In, type DataSource, type EntityManager } from 'typeorm';
import { appendToOutbox, CampaignCreated, CampaignUpdated } from '@plume/events';
import { isUniqueViolation } from '@plume/database';
import { badUserInput, conflict, isUuid, notFound } from '@plume/errors';
import { CASES_EVENT_SOURCE } from '../events';
import { toLocalizedMap } from '../localization/localized-text';
import type { Visibility } from '../visibility';
import { CampaignEntity, type CampaignStatus } from './campaign.entity';
import type { CreateCampaignInput, UpdateCampaignInput } from './campaign.input';

export class CampaignService {
  constructor(private readonly dataSource: DataSource) {}

  list(visibility: Visibility, status?: CampaignStatus | null): Promise<CampaignEntity[]> {
    const query = this.dataSource.getRepository(CampaignEntity).createQueryBuilder('campaign').orderBy('campaign.starts_on', 'DESC');
    if (status) query.andWhere('campaign.status = :status', { status });
    if (!visibility.includeUnpublished) query.andWhere(`campaign.status <> 'DRAFT'`);
    return query.getMany();
  }

  async find(by: { id?: string; code?: string }, visibility: Visibility): Promise<CampaignEntity | null> {
    if (by.id && !isUuid(by.id)) return null;
    const where = by.id ? { id: by.id } : { code: by.code?.toUpperCase() };
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy(where);
    if (!campaign || (campaign.status === 'DRAFT' && !visibility.includeUnpublished)) return null;
    return campaign;
  }

  /** Campaigns by code, refusing unknown codes (used when a case is linked to campaigns). */
  async requireByCodes(manager: EntityManager, codes: string[]): Promise<CampaignEntity[]> {
    const wanted = [...new Set(codes.map((code) => code.toUpperCase()))];
    if (wanted.length === 0) return [];
    const found = await manager.getRepository(CampaignEntity).findBy({ code: In(wanted) });
    const missing = wanted.filter((code) => !found.some((campaign) => campaign.code === code));
    if (missing.length > 0) {
      throw badUserInput(`Unknown campaign code(s): ${missing.join(', ')}.`, [{ field: 'input.campaignCodes', message: `unknown: ${missing.join(', ')}` }]);
    }
    return found;
  }

  async create(input: CreateCampaignInput): Promise<CampaignEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const campaign = manager.create(CampaignEntity, {
          code: input.code,
          kind: input.kind,
          names: toLocalizedMap(input.names),
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          status: input.status,
          goals: input.goals,
        });
        await manager.save(campaign);
        await appendToOutbox(manager, { contract: CampaignCreated, aggregateId: campaign.id, source: CASES_EVENT_SOURCE, data: campaignEventData(campaign) });
        return campaign;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A campaign with code "${input.code}" already exists.`);
      throw error;
    }
  }

  async update(code: string, input: UpdateCampaignInput): Promise<CampaignEntity> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.getRepository(CampaignEntity).findOne({ where: { code: code.toUpperCase() }, lock: { mode: 'pessimistic_write' } });
      if (!campaign) throw notFound('Campaign', code);
      const changedFields: string[] = [];
      if (input.names) {
        campaign.names = { ...campaign.names, ...toLocalizedMap(input.names) };
        changedFields.push('names');
      }
      for (const field of ['startsOn', 'endsOn', 'status'] as const) {
        const value = input[field];
        if (value !== undefined && value !== null && value !== campaign[field]) {
          (campaign as unknown as Record<string, unknown>)[field] = value;
          changedFields.push(field);
        }
      }
      if (input.goals) {
        campaign.goals = { ...campaign.goals, ...input.goals };
        changedFields.push('goals');
      }
      if (campaign.endsOn && campaign.endsOn < campaign.startsOn) {
        throw badUserInput('The campaign would end before it starts.', [{ field: 'input.endsOn', message: 'must not be before startsOn' }]);
      }
      if (changedFields.length === 0) return campaign;
      await manager.save(campaign);
      await appendToOutbox(manager, {
        contract: CampaignUpdated,
        aggregateId: campaign.id,
        source: CASES_EVENT_SOURCE,
        data: { ...campaignEventData(campaign), changedFields },
      });
      return campaign;
    });
  }
}

function campaignEventData(campaign: CampaignEntity) {
  return {
    campaignId: campaign.id,
    code: campaign.code,
    kind: campaign.kind,
    status: campaign.status,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
  };
}
