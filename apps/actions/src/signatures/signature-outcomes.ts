import type { ActionStatsView } from '../counters/action-stats';

/** What signPetition answers; the same for a first signature, a repeat and a replay (nothing to tell them apart). */
export interface SignPetitionOutcome {
  accepted: true;
  retractionToken: string;
  confirmationRequired: boolean;
  caseId: string;
  /** The case's all-sections counters read right after the commit, when they could be (for `case { actionStats }`). */
  caseCounters?: ActionStatsView;
}

export interface RetractSignatureOutcome {
  retracted: true;
  caseId: string;
}

export interface ConfirmSignatureOutcome {
  confirmed: true;
  caseId: string;
}
