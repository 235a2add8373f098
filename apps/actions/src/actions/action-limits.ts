import type { ActionType } from './action.entity';

/**
 * The sane maxima, in one place (also in the schema descriptions and apps/actions/README.md).
 * They stop typing mistakes ("10000000" letters) and abuse, not real work: the largest real case in the
 * seed documents is 800,000 letters for one person over eight years, which a staff import records as one.
 */
export const ACTION_LIMITS = {
  /** One record by staff (an import, the signatures of a stack of paper petitions). Also a CHECK on action.quantity. */
  staffQuantity: 1_000_000,
  /** A section website records one person's click: one email, one tweet, one letter. */
  websiteQuantity: 1,
  /** A website may report an action a little after it happened (a queue, a retry), not days later. */
  websiteBackdatingHours: 24,
  /** Per case and month in the questionnaire: a supporter organising a local letter marathon stays well below. */
  questionnaire: { letters: 10_000, signaturesCollected: 10_000, otherActions: 1_000, entries: 20 },
} as const;

/** What a section website may record besides signatures (which go through signPetition). */
export const WEBSITE_ACTION_TYPES: readonly ActionType[] = ['EMAIL', 'TWEET', 'LETTER'];

/** The earliest date an action can have happened: the movement's letter-writing began in 1961. */
export const EARLIEST_ACTION = new Date('1961-01-01T00:00:00Z');
