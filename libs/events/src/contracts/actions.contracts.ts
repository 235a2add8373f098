import { z } from 'zod';
import { Topic } from '../topics';
import { defineEventContract } from './define-contract';

/**
 * Events of the actions subgraph: every counted action, every un-counting, the monthly questionnaire
 * answers and the milestones. All of them are keyed by the CASE id (subject `case/<id>`), so one
 * case's events are in order on one partition and a consumer keeps exact per-case counts by adding
 * `action.recorded` quantities and subtracting `action.retracted` ones. No names, emails or countries
 * of signers: ids, section codes, types, quantities and times only.
 */

const section = z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/).describe('Section code, e.g. BE-FR');
const isoDateTime = z.iso.datetime({ offset: true });
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).describe('The month the answer is about, YYYY-MM');

export const ACTION_TYPES = ['LETTER', 'EMAIL', 'TWEET', 'POSTCARD', 'DRAWING', 'ONLINE_SIGNATURE', 'PAPER_SIGNATURES', 'EVENT', 'OTHER'] as const;
export const ACTION_SOURCES = ['WEBSITE', 'QUESTIONNAIRE', 'EVENT', 'IMPORT', 'STAFF'] as const;

const countedAction = {
  actionId: z.uuid().describe('The action; an action.retracted names the action.recorded it cancels'),
  caseId: z.uuid().describe('The case (cases subgraph) the action was for; also the Kafka key'),
  campaignId: z.uuid().nullable().describe('The campaign it counts for, when known (cases subgraph)'),
  section: section.describe('The section that collected the action, e.g. BE-FR'),
  supporterId: z.uuid().nullable().describe('The supporter who acted, when known (questionnaire, staff records); never for online signatures'),
  type: z.enum(ACTION_TYPES).describe('What was done; PAPER_SIGNATURES counts the signatures of paper petitions'),
  source: z.enum(ACTION_SOURCES).describe('How it reached Plume: a section website, the monthly questionnaire, an event, an import, staff'),
  quantity: z.number().int().min(1).describe('How many actions this record counts (e.g. signatures on a paper sheet)'),
  occurredAt: isoDateTime.describe('When it was done (a questionnaire answer: the end of its month)'),
};

export const ActionRecorded = defineEventContract({
  type: 'org.plume.action.recorded.v1',
  topic: Topic.Actions,
  aggregate: 'case',
  description: 'An action was counted: add `quantity` to the case (and campaign, section, supporter) totals.',
  schema: z.object({
    ...countedAction,
    recordedAt: isoDateTime.describe('When it started counting'),
    feedbackSubmissionId: z.uuid().nullable().describe('Set when the action comes from a monthly questionnaire answer'),
  }),
});

export const ActionRetracted = defineEventContract({
  type: 'org.plume.action.retracted.v1',
  topic: Topic.Actions,
  aggregate: 'case',
  description:
    'A counted action stopped counting: subtract `quantity`. SIGNER_RETRACTED: the signer said "that was not me"; REPLACED: a questionnaire was answered again for the same month; INVALIDATED: staff rejected it in a bulk invalidation (a flood).',
  schema: z.object({
    ...countedAction,
    retractedAt: isoDateTime.describe('When it stopped counting'),
    reason: z.enum(['SIGNER_RETRACTED', 'REPLACED', 'INVALIDATED']).describe('Why it stopped counting'),
  }),
});

export const FeedbackSubmitted = defineEventContract({
  type: 'org.plume.feedback.submitted.v1',
  topic: Topic.Actions,
  aggregate: 'case',
  description:
    'A supporter answered the monthly questionnaire; one event per case of the answer (zeros for a case the new answer dropped). `revision` > 1 means the answer replaced an earlier one: the counts travel as action.recorded / action.retracted, this event tells the story.',
  schema: z.object({
    feedbackSubmissionId: z.uuid().describe('The answer; the same id across its revisions'),
    feedbackRequestId: z.uuid().describe('The questionnaire request (supporters subgraph) whose link was used'),
    adoptionId: z.uuid().describe('The adoption (supporters subgraph) the questionnaire belongs to'),
    supporterId: z.uuid().nullable().describe('The supporter who answered; null once erased'),
    section: section.describe('The section of the supporter'),
    caseId: z.uuid().describe('The case this line of the answer is about; also the Kafka key'),
    period,
    revision: z.number().int().min(1).describe('1 for the first answer of the month, then 2, 3… for each replacement'),
    letters: z.number().int().min(0).describe('Letters sent during the month for this case'),
    signaturesCollected: z.number().int().min(0).describe('Signatures collected on paper petitions during the month'),
    otherActions: z.number().int().min(0).describe('Other actions during the month'),
    submittedAt: isoDateTime.describe('When this revision was submitted'),
  }),
});

export const CaseMilestoneReached = defineEventContract({
  type: 'org.plume.case.milestone-reached.v1',
  topic: Topic.Actions,
  aggregate: 'case',
  description: "A case's signatures or letters crossed a configured threshold (e.g. 10,000) for the first time; sent once per threshold.",
  schema: z.object({
    caseId: z.uuid().describe('The case; also the Kafka key'),
    metric: z.enum(['SIGNATURES', 'LETTERS']).describe('SIGNATURES: online and paper signatures; LETTERS: letters'),
    threshold: z.number().int().min(1).describe('The threshold crossed, e.g. 10000'),
    total: z.number().int().min(1).describe('The total once the actions that crossed it were counted: at or past the threshold (a paper sheet, or signatures committed together, may take it past)'),
    reachedAt: isoDateTime.describe('When the action that crossed it was counted'),
  }),
});
