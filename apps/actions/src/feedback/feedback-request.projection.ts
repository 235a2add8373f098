import { onEvent, SupporterFeedbackRequested } from '@plume/events';
import { FeedbackRequestEntity } from './feedback-request.entity';

/**
 * Keeps the questionnaire requests of the supporters subgraph: with `tokenHash`, a link's token can be
 * recognised here without the token ever travelling on a topic. A redelivered event changes nothing.
 */
export const feedbackRequestProjection = onEvent(SupporterFeedbackRequested, async (data, manager, event) => {
  await manager
    .createQueryBuilder()
    .insert()
    .into(FeedbackRequestEntity)
    .values({
      id: data.feedbackRequestId,
      tokenHash: data.tokenHash,
      adoptionId: data.adoptionId,
      supporterId: data.supporterId,
      section: data.section,
      caseId: data.caseId,
      period: data.period,
      requestedAt: new Date(event.time),
    })
    .orIgnore()
    .execute();
});
