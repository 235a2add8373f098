import type { DataSource, EntityManager } from 'typeorm';
import { appendToOutbox, FeedbackSubmitted } from '@plume/events';
import { badUserInput, forbidden } from '@plume/errors';
import { tokenHash } from '@plume/privacy';
import type { ActionLedger, NewAction } from '../actions/action-ledger';
import { ActionEntity, type ActionType } from '../actions/action.entity';
import type { CaseDirectory } from '../case-projection/case-directory';
import { ACTIONS_EVENT_SOURCE } from '../events';
import { occurredAtOfPeriod } from './feedback-period';
import type { FeedbackQuestionnaireView } from './feedback-questionnaire';
import { FeedbackRequestEntity } from './feedback-request.entity';
import { FeedbackSubmissionEntity, type FeedbackEntryAnswer } from './feedback-submission.entity';
import type { SubmitFeedbackArguments } from './feedback.input';

/** Who submits: a section website's token binds the answer to its section; a bare link is enough otherwise. */
export interface FeedbackCaller {
  siteSection: string | null;
}

/** The questionnaire's three numbers, as counted actions. */
const COUNTED_AS: { field: keyof Omit<FeedbackEntryAnswer, 'caseId'>; type: ActionType }[] = [
  { field: 'letters', type: 'LETTER' },
  { field: 'signaturesCollected', type: 'PAPER_SIGNATURES' },
  { field: 'otherActions', type: 'OTHER' },
];

const INVALID_LINK = () => badUserInput('This questionnaire link is not valid.', [{ field: 'token', message: 'not a questionnaire link' }]);

/** The monthly questionnaire: answered through the link of a feedback request, replaced when answered again. */
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseDirectory,
    private readonly ledger: ActionLedger,
  ) {}

  async questionnaire(token: string): Promise<FeedbackQuestionnaireView | null> {
    const request = await this.dataSource.manager.findOneBy(FeedbackRequestEntity, { tokenHash: tokenHash(token) });
    if (!request) return null;
    const submission = await this.dataSource.manager.findOneBy(FeedbackSubmissionEntity, { adoptionId: request.adoptionId, period: request.period });
    return { period: request.period, section: request.section, caseId: request.caseId, submission };
  }

  /**
   * One transaction: the answer row (revision + 1 when it existed, which also serialises two answers
   * sent at once), the earlier answer's actions retracted, the new ones recorded, the events.
   */
  async submit(caller: FeedbackCaller, input: SubmitFeedbackArguments): Promise<FeedbackSubmissionEntity> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOneBy(FeedbackRequestEntity, { tokenHash: tokenHash(input.token) });
      if (!request) throw INVALID_LINK();
      if (caller.siteSection && caller.siteSection !== request.section) throw forbidden('This questionnaire belongs to another section.');
      if (input.period !== request.period) {
        throw badUserInput(`This link is for the questionnaire of ${request.period}.`, [{ field: 'period', message: `must be ${request.period}, the month of this questionnaire` }]);
      }
      const occurredAt = occurredAtOfPeriod(input.period, now);
      const drafts: NewAction[] = [];
      for (const [index, entry] of input.entries.entries()) {
        const known = await this.cases.requireAccepting(manager, { caseId: entry.caseId, audience: 'public', channel: 'REPORTED', occurredAt, field: `entries.${index}.caseId` });
        const campaignId = await this.cases.campaignFor(manager, known, null, `entries.${index}.caseId`);
        for (const { field, type } of COUNTED_AS) {
          if (entry[field] === 0) continue;
          drafts.push({ caseId: entry.caseId, campaignId, section: request.section, supporterId: request.supporterId, type, source: 'QUESTIONNAIRE', quantity: entry[field], occurredAt, status: 'ACCEPTED', recordedBy: 'questionnaire' });
        }
      }
      const submission = await saveAnswer(manager, request, input.entries, now);
      const previous = await manager.find(ActionEntity, { where: { feedbackSubmissionId: submission.id, status: 'ACCEPTED' }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      await this.ledger.retract(manager, previous, 'REPLACED', now);
      await this.ledger.add(manager, drafts.map((draft) => ({ ...draft, feedbackSubmissionId: submission.id })), now);
      await announce(manager, request, submission, [...new Set(previous.map((action) => action.caseId))]);
      return submission;
    });
  }
}

/** Inserts the answer, or replaces the existing one of this adoption and month (row-locked until commit). */
async function saveAnswer(manager: EntityManager, request: FeedbackRequestEntity, entries: FeedbackEntryAnswer[], now: Date): Promise<FeedbackSubmissionEntity> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO feedback_submission (adoption_id, period, feedback_request_id, supporter_id, section, revision, entries, submitted_at)
     VALUES ($1, $2, $3, $4, $5, 1, $6, $7)
     ON CONFLICT (adoption_id, period) DO UPDATE
       SET revision = feedback_submission.revision + 1, feedback_request_id = EXCLUDED.feedback_request_id,
           supporter_id = EXCLUDED.supporter_id, entries = EXCLUDED.entries, submitted_at = EXCLUDED.submitted_at
     RETURNING id`,
    [request.adoptionId, request.period, request.id, request.supporterId, request.section, JSON.stringify(entries), now],
  );
  return manager.findOneByOrFail(FeedbackSubmissionEntity, { id: row.id });
}

/** One `feedback.submitted` per case of the answer, and zeros for a case the earlier answer had and this one dropped. */
async function announce(manager: EntityManager, request: FeedbackRequestEntity, submission: FeedbackSubmissionEntity, previousCaseIds: string[]): Promise<void> {
  const dropped = previousCaseIds.filter((caseId) => !submission.entries.some((entry) => entry.caseId === caseId));
  const lines = [...submission.entries, ...dropped.map((caseId) => ({ caseId, letters: 0, signaturesCollected: 0, otherActions: 0 }))];
  for (const line of lines) {
    await appendToOutbox(manager, {
      contract: FeedbackSubmitted,
      aggregateId: line.caseId,
      source: ACTIONS_EVENT_SOURCE,
      occurredAt: submission.submittedAt,
      data: {
        feedbackSubmissionId: submission.id,
        feedbackRequestId: request.id,
        adoptionId: request.adoptionId,
        supporterId: request.supporterId,
        section: request.section,
        caseId: line.caseId,
        period: submission.period,
        revision: submission.revision,
        letters: line.letters,
        signaturesCollected: line.signaturesCollected,
        otherActions: line.otherActions,
        submittedAt: submission.submittedAt.toISOString(),
      },
    });
  }
}
