import type { FitAnswer } from './answers.js';
import { FIT_ANSWERS } from './answers.js';

/** A pair whose average session rating (1–4) is under this shows among the pairs to look at. */
export const SESSION_THRESHOLD = 2.5;
/** A check-in score (1–5) at or under this shows the pair too. */
export const CHECKIN_THRESHOLD = 2;
/** The trend compares the ratings of the last 30 days with the 30 before. */
export const TREND_DAYS = 30;
const DAY_MS = 86_400_000;

export interface RatingFact {
  pairId: number;
  rating: number;
  ratedAt: Date;
}

export interface CheckinFact {
  pairId: number;
  progress: number;
  relationship: number;
}

export interface PairBelow {
  pairId: number;
  /** Average session rating, when any. */
  sessionAverage: number | null;
  /** The lowest check-in score, when any. */
  lowestCheckin: number | null;
  notAFit: boolean;
}

/** What programme admins see: averages and counts only, never who answered what or any comment. */
export interface PulseOverview {
  sessions: { count: number; average: number | null; trend: 'up' | 'down' | 'steady' | null };
  checkins: { count: number; progress: number | null; relationship: number | null };
  fit: Record<FitAnswer, number>;
  below: PairBelow[];
}

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Up or down when the last 30 days' average moved by a quarter point or more from the 30 before. */
export function ratingTrend(ratings: readonly RatingFact[], now: Date): PulseOverview['sessions']['trend'] {
  const since = (days: number) => now.getTime() - days * DAY_MS;
  const recent = average(ratings.filter((r) => r.ratedAt.getTime() > since(TREND_DAYS)).map((r) => r.rating));
  const before = average(
    ratings.filter((r) => r.ratedAt.getTime() <= since(TREND_DAYS) && r.ratedAt.getTime() > since(2 * TREND_DAYS)).map((r) => r.rating),
  );
  if (recent === null || before === null) return null;
  if (recent - before >= 0.25) return 'up';
  if (before - recent >= 0.25) return 'down';
  return 'steady';
}

/** The admins' aggregates from the answers of the workspace's active pairs. */
export function summarisePulse(
  input: { ratings: readonly RatingFact[]; checkins: readonly CheckinFact[]; fits: ReadonlyArray<{ pairId: number; answer: FitAnswer }> },
  now: Date,
): PulseOverview {
  const fit = Object.fromEntries(FIT_ANSWERS.map((answer) => [answer, 0])) as Record<FitAnswer, number>;
  for (const one of input.fits) fit[one.answer] += 1;
  const pairIds = [...new Set([...input.ratings, ...input.checkins, ...input.fits].map((one) => one.pairId))].sort((a, b) => a - b);
  const below = pairIds.flatMap((pairId): PairBelow[] => {
    const sessionAverage = average(input.ratings.filter((r) => r.pairId === pairId).map((r) => r.rating));
    const scores = input.checkins.filter((c) => c.pairId === pairId).flatMap((c) => [c.progress, c.relationship]);
    const lowestCheckin = scores.length === 0 ? null : Math.min(...scores);
    const notAFit = input.fits.some((f) => f.pairId === pairId && f.answer === 'not_a_fit');
    const low = (sessionAverage !== null && sessionAverage < SESSION_THRESHOLD) || (lowestCheckin !== null && lowestCheckin <= CHECKIN_THRESHOLD);
    return low || notAFit ? [{ pairId, sessionAverage, lowestCheckin, notAFit }] : [];
  });
  return {
    sessions: { count: input.ratings.length, average: average(input.ratings.map((r) => r.rating)), trend: ratingTrend(input.ratings, now) },
    checkins: {
      count: input.checkins.length,
      progress: average(input.checkins.map((c) => c.progress)),
      relationship: average(input.checkins.map((c) => c.relationship)),
    },
    fit,
    below,
  };
}
