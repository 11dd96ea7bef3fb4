import { CoachError } from '../errors.js';

/**
 * What a member answers privately about their pairing (issue 16, points 3 and 4). Only the member
 * who answered ever sees their own answer; admins see an alert ("not a good fit") or aggregates.
 */
export const FIT_ANSWERS = ['great', 'fine', 'unsure', 'not_a_fit'] as const;
export type FitAnswer = (typeof FIT_ANSWERS)[number];

/** A session is rated 1 (not useful) to 4 (very useful). */
export const SESSION_RATINGS = [1, 2, 3, 4] as const;
export type SessionRating = (typeof SESSION_RATINGS)[number];

/** The midpoint check-in's scores: progress towards the goal and the relationship, 1 to 5. */
export const CHECKIN_SCORES = [1, 2, 3, 4, 5] as const;
export type CheckinScore = (typeof CHECKIN_SCORES)[number];

/** Slack's limit for a form's text input, which the comment fields use. */
export const COMMENT_MAX = 3000;

export interface FitCheckAnswer {
  pairId: number;
  userId: string;
  answer: FitAnswer;
  comment: string | null;
  answeredAt: Date;
}

export interface CheckinAnswer {
  pairId: number;
  userId: string;
  progress: CheckinScore;
  relationship: CheckinScore;
  comment: string | null;
  answeredAt: Date;
}

export function isFitAnswer(value: unknown): value is FitAnswer {
  return typeof value === 'string' && (FIT_ANSWERS as readonly string[]).includes(value);
}

/** Button and form values are ours, but a payload can be forged: anything else is a stale action. */
export function parseFitAnswer(value: unknown): FitAnswer {
  if (!isFitAnswer(value)) throw new CoachError('stale_action');
  return value;
}

export function parseSessionRating(value: unknown): SessionRating {
  const n = typeof value === 'string' && /^[1-4]$/.test(value) ? Number(value) : NaN;
  if (!(SESSION_RATINGS as readonly number[]).includes(n)) throw new CoachError('stale_action');
  return n as SessionRating;
}

export function parseCheckinScore(value: unknown): CheckinScore {
  const n = typeof value === 'string' && /^[1-5]$/.test(value) ? Number(value) : NaN;
  if (!(CHECKIN_SCORES as readonly number[]).includes(n)) throw new CoachError('stale_action');
  return n as CheckinScore;
}

/** An optional comment: trimmed, empty means none, and never longer than the form allows. */
export function parseComment(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > COMMENT_MAX) throw new CoachError('stale_action');
  return trimmed;
}
