/** Signatures and letters, as frozen in a handover or awaiting one. */
export interface HandoverCounts {
  onlineSignatures: number;
  paperSignatures: number;
  letters: number;
}

export const NO_COUNTS: HandoverCounts = Object.freeze({ onlineSignatures: 0, paperSignatures: 0, letters: 0 });

/** As the API serves them: with the total of signatures. */
export function withSignatureTotal(counts: HandoverCounts) {
  return { ...counts, signatures: counts.onlineSignatures + counts.paperSignatures };
}
