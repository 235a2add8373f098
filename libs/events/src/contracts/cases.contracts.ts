import { z } from 'zod';
import { Topic } from '../topics';
import { defineEventContract } from './define-contract';

/**
 * Events of the cases subgraph. Only identifiers, codes and public classification travel here: no
 * names, stories or addresses (consumers that need text fetch it through the gateway).
 */

const caseStatus = z.enum(['ACTIVE', 'RELEASED', 'CLOSED']);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const caseClassification = {
  caseId: z.uuid(),
  slug: z.string(),
  country: z.string().length(2).describe('ISO 3166-1 alpha-2 code of the country where the person is at risk'),
  themes: z.array(z.string()),
  published: z.boolean(),
  campaignCodes: z.array(z.string()),
};
const campaignFields = {
  campaignId: z.uuid(),
  code: z.string(),
  kind: z.enum(['GLOBAL_MARATHON', 'INDIVIDUAL_AT_RISK', 'URGENT_ACTION']),
  status: z.enum(['DRAFT', 'ACTIVE', 'ENDED']),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
};

export const CaseCreated = defineEventContract({
  type: 'org.plume.case.created.v1',
  topic: Topic.Cases,
  aggregate: 'case',
  description: 'A case (a person or group at risk) was created.',
  schema: z.object({ ...caseClassification, status: caseStatus, defaultLanguage: z.string() }),
});

export const CaseUpdated = defineEventContract({
  type: 'org.plume.case.updated.v1',
  topic: Topic.Cases,
  aggregate: 'case',
  description: 'Public content or classification of a case changed (status changes have their own event).',
  schema: z.object({ ...caseClassification, changedFields: z.array(z.string()) }),
});

export const CaseStatusChanged = defineEventContract({
  type: 'org.plume.case.status-changed.v1',
  topic: Topic.Cases,
  aggregate: 'case',
  description: 'A case became RELEASED or CLOSED (or ACTIVE again). `effectiveOn` is the date of the change in the world.',
  schema: z.object({ caseId: z.uuid(), previousStatus: caseStatus, status: caseStatus, effectiveOn: isoDate }),
});

export const CaseUpdatePublished = defineEventContract({
  type: 'org.plume.case.update-published.v1',
  topic: Topic.Cases,
  aggregate: 'case',
  description: 'News about a case was published (e.g. "transferred to another prison", "released").',
  schema: z.object({ caseId: z.uuid(), updateId: z.uuid(), publishedAt: isoDateTime, languages: z.array(z.string()) }),
});

export const CampaignCreated = defineEventContract({
  type: 'org.plume.campaign.created.v1',
  topic: Topic.Cases,
  aggregate: 'campaign',
  description: 'A campaign (a marathon year, the individual-at-risk programme, an urgent action) was created.',
  schema: z.object(campaignFields),
});

export const CampaignUpdated = defineEventContract({
  type: 'org.plume.campaign.updated.v1',
  topic: Topic.Cases,
  aggregate: 'campaign',
  description: 'A campaign changed (dates, status, goals or names).',
  schema: z.object({ ...campaignFields, changedFields: z.array(z.string()) }),
});
