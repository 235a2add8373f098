export { KnownCaseEntity } from './known-case.entity';
export type { KnownCaseStatus } from './known-case.entity';
export { applyCaseCreated, applyCaseStatusChanged, applyCaseUpdated } from './known-case.upserts';
export { caseProjectionHandlers } from './case-projection.handlers';
export type { CaseProjectionReactions, CaseStatusReaction } from './case-projection.handlers';
export { createCaseProjectionConsumer } from './case-projection.consumer';
export type { CaseProjectionConsumerOptions } from './case-projection.consumer';
export { catchUpCaseProjection } from './catch-up';
export type { CatchUpOptions } from './catch-up';
