import type { EntityManager } from 'typeorm';
import type { EventContract, EventData } from '../contracts/define-contract';
import type { CloudEvent } from '../envelope/cloud-event';
import type { EventHandler } from './idempotent-consumer';

/**
 * A handler entry for createIdempotentConsumer, typed by its contract: the consumer has already
 * validated the data against that contract, so the handler receives it parsed. Spread several into
 * `handlers: { ...onEvent(CaseCreated, …), ...onEvent(CaseUpdated, …) }`.
 */
export function onEvent<Contract extends EventContract>(
  contract: Contract,
  apply: (data: EventData<Contract>, manager: EntityManager, event: CloudEvent) => Promise<void>,
): Record<string, EventHandler> {
  return { [contract.type]: (event, manager) => apply(event.data as EventData<Contract>, manager, event) };
}
