import { z } from 'zod';
import { Topic } from '../topics';
import { defineEventContract } from './define-contract';

/**
 * Events of the supporters subgraph. No names, emails, addresses or phone numbers: supporter ids,
 * section codes, case ids, statuses and dates only. `supporter.erased` also carries the contact
 * reference (a keyed hash, not the email) so that other subgraphs can erase what they hold of that person.
 */

const section = z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/).describe('Section code, e.g. BE-FR');
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const adoption = { adoptionId: z.uuid(), supporterId: z.uuid(), section, caseId: z.uuid() };

export const SupporterRegistered = defineEventContract({
  type: 'org.plume.supporter.registered.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description: 'A person signed up with a section (registering again with the same email updates consents and emits no new registration).',
  schema: z.object({ supporterId: z.uuid(), section, language: z.string(), commitment: z.enum(['A_LITTLE', 'A_LOT', 'PASSIONATELY']) }),
});

/**
 * The type issue 3 gives it (`org.plume.consent.changed.v1`, without `supporter.`), but a supporter's
 * event all the same: keyed by the supporter id, `ce_subject` `supporter/<id>`, in order with the rest.
 */
export const ConsentChanged = defineEventContract({
  type: 'org.plume.consent.changed.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description: 'A supporter granted or withdrew a consent (purpose, version and language of the text agreed to).',
  schema: z.object({
    supporterId: z.uuid(),
    section,
    purpose: z.string(),
    granted: z.boolean(),
    textVersion: z.string(),
    textLanguage: z.string(),
    at: isoDateTime,
  }),
});

export const SupporterCaseAdopted = defineEventContract({
  type: 'org.plume.supporter.case-adopted.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description: 'A supporter started acting for a person at risk (an adoption).',
  schema: z.object({ ...adoption, startedOn: isoDate }),
});

export const SupporterAdoptionEnded = defineEventContract({
  type: 'org.plume.supporter.adoption-ended.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description: 'An adoption ended; CASE_RELEASED is the good news the mailing tool passes on.',
  schema: z.object({ ...adoption, reason: z.enum(['CASE_RELEASED', 'CASE_CLOSED', 'SUPPORTER_LEFT', 'SWITCHED']), endedOn: isoDate }),
});

export const SupporterKitStatusChanged = defineEventContract({
  type: 'org.plume.supporter.kit-status-changed.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description: 'The postal action kit of an adoption moved: REQUESTED → SHIPPED → DELIVERED | RETURNED.',
  schema: z.object({ ...adoption, kitStatus: z.enum(['REQUESTED', 'SHIPPED', 'DELIVERED', 'RETURNED']), at: isoDateTime }),
});

export const SupporterFeedbackRequested = defineEventContract({
  type: 'org.plume.supporter.feedback-requested.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description:
    'The monthly questionnaire is due for an adoption (the mailing tool fetches the link through the API). `tokenHash` lets the actions subgraph recognise the token of the link without ever seeing it.',
  schema: z.object({
    feedbackRequestId: z.uuid(),
    ...adoption,
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    // Agreed with the actions subgraph (apps/actions/README.md): the hash, never the token itself.
    tokenHash: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 (hex) of the questionnaire token, as computed by tokenHash() of @plume/privacy'),
  }),
});

export const SupporterErased = defineEventContract({
  type: 'org.plume.supporter.erased.v1',
  topic: Topic.Supporters,
  aggregate: 'supporter',
  description: 'A supporter was erased: every subgraph erases the personal data it holds for this supporter or contact reference in this section.',
  schema: z.object({ supporterId: z.uuid(), section, contactReference: z.string() }),
});
