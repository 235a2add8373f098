import type { FeedbackSubmissionEntity } from './feedback-submission.entity';

/** What the questionnaire page shows for a link. */
export interface FeedbackQuestionnaireView {
  period: string;
  section: string;
  caseId: string;
  submission: FeedbackSubmissionEntity | null;
}
