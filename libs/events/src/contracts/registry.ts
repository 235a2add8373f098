import { ActionRecorded, ActionRetracted, CaseMilestoneReached, FeedbackSubmitted } from './actions.contracts';
import { CampaignCreated, CampaignUpdated, CaseCreated, CaseStatusChanged, CaseUpdated, CaseUpdatePublished } from './cases.contracts';
import type { EventContract } from './define-contract';
import { DeliveryCancelled, DeliveryCompleted, DeliveryPlanned, DeliveryPostponed, DeliveryRefused } from './deliveries.contracts';
import {
  ConsentChanged,
  SupporterAdoptionEnded,
  SupporterCaseAdopted,
  SupporterErased,
  SupporterFeedbackRequested,
  SupporterKitStatusChanged,
  SupporterRegistered,
} from './supporters.contracts';

/** Every contract Plume publishes; the JSON Schemas and the README's event table are generated from it. */
export const ALL_CONTRACTS: readonly EventContract[] = [
  CaseCreated,
  CaseUpdated,
  CaseStatusChanged,
  CaseUpdatePublished,
  CampaignCreated,
  CampaignUpdated,
  SupporterRegistered,
  ConsentChanged,
  SupporterCaseAdopted,
  SupporterAdoptionEnded,
  SupporterKitStatusChanged,
  SupporterFeedbackRequested,
  SupporterErased,
  ActionRecorded,
  ActionRetracted,
  FeedbackSubmitted,
  CaseMilestoneReached,
  DeliveryPlanned,
  DeliveryCompleted,
  DeliveryRefused,
  DeliveryPostponed,
  DeliveryCancelled,
];

const byType = new Map(ALL_CONTRACTS.map((contract) => [contract.type, contract]));

export function contractFor(type: string): EventContract | undefined {
  return byType.get(type);
}
