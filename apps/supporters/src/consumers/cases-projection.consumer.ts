import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { caseProjectionHandlers, createCaseProjectionConsumer, type CaseStatusReaction } from '@plume/case-projection';
import type { createKafka, Lifecycle } from '@plume/events';
import { endAdoptions, lockActiveAdoptions } from '../adoptions/adoption-ending';

export interface CasesProjectionConsumerOptions {
  kafka: ReturnType<typeof createKafka>;
  dataSource: DataSource;
  logger: Logger;
  /** `supporters.cases-projection` in production; unique per test service. */
  groupId: string;
}

/**
 * A released or closed case ends its active adoptions. The shared projection has already updated the
 * case's row, so an adoption racing this release waits on that row, then is ended here too.
 */
const endAdoptionsOfEndedCase: CaseStatusReaction = async (data, manager) => {
  if (data.status !== 'RELEASED' && data.status !== 'CLOSED') return;
  const adoptions = await lockActiveAdoptions(manager, { caseId: data.caseId });
  await endAdoptions(manager, adoptions, data.status === 'RELEASED' ? 'CASE_RELEASED' : 'CASE_CLOSED');
};

/** The handlers of the consumer below, by event type, for tests and tools that apply events directly. */
export const casesProjectionHandlers = caseProjectionHandlers({ onStatusChanged: endAdoptionsOfEndedCase });

/** Reads plume.cases from the beginning into the shared projection of cases, and ends adoptions on release. */
export function createCasesProjectionConsumer(options: CasesProjectionConsumerOptions): Lifecycle {
  return createCaseProjectionConsumer({ ...options, onStatusChanged: endAdoptionsOfEndedCase });
}
