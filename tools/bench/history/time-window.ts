import type { Random } from './random';

const DAY_MS = 86_400_000;

/** When actions happen: uniformly between `from` and `to`, or mostly around a peak day. */
export interface TimeWindow {
  from: Date;
  to: Date;
  /** Human Rights Day (10 December) during a marathon: most actions within a week or two of it. */
  peak?: { at: Date; share: number; spreadDays: number };
}

export function instantIn(window: TimeWindow, random: Random): Date {
  const from = window.from.getTime();
  const to = window.to.getTime();
  if (window.peak && random.chance(window.peak.share)) {
    for (;;) {
      const at = window.peak.at.getTime() + random.normal() * window.peak.spreadDays * DAY_MS;
      if (at >= from && at < to) return new Date(Math.floor(at));
    }
  }
  return new Date(from + Math.floor(random.next() * (to - from)));
}

/** Something done at `at` reaches Plume after `delayMs` at most, but never after `now`. */
export function later(at: Date, delayMs: number, now: Date): Date {
  return new Date(Math.max(at.getTime(), Math.min(at.getTime() + delayMs, now.getTime())));
}

/** The last second of the month of `at` (UTC): when a questionnaire answer counts its actions. */
export function endOfMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1) - 1_000);
}

export const days = (count: number) => count * DAY_MS;
export const hours = (count: number) => (count * DAY_MS) / 24;
