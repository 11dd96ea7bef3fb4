import { DateTime } from 'luxon';
import { ATTAINMENT_SCORE, type Attainment, type PairOutcome } from '../evaluate/reflection.js';
import { type PrepareFacts, prepareProgress } from '../prepare/prep-checklist.js';
import type { Stage } from '../stages.js';
import { wholeDaysSince } from '../admin/attention.js';

/**
 * `/mentor report`: one row per pair, counts, dates and ratings only. Nothing here can carry what
 * anyone wrote: the facts hold no note, no comment, no goal text.
 */

/** The report's columns, in order; README "Running a programme" documents each. */
export const REPORT_COLUMNS = [
  'number',
  'cohort',
  'mentor',
  'mentorId',
  'mentee',
  'menteeId',
  'stage',
  'daysInStage',
  'openedOn',
  'meetingsLogged',
  'lastMeeting',
  'itemsDone',
  'itemsOpen',
  'itemsOverdue',
  'preparation',
  'agreement',
  'fitAnswers',
  'averageSessionRating',
  'outcome',
  'goalAttainment',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** The columns the CSV holds, in order (README, "Running a programme", documents each). */
export const CSV_COLUMNS: readonly ReportColumn[] = REPORT_COLUMNS;

/** What storage knows of one pair, for its report row. */
export interface ReportFacts {
  pairId: number;
  cohort: string | null;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  /** When the pair entered its current stage (its opening when it never moved). */
  stageSince: Date;
  openedAt: Date;
  meetingsLogged: number;
  /** The day of the last meeting (yyyy-mm-dd) as logged, or null. */
  lastMeetingOn: string | null;
  itemsDone: number;
  /** Open items and their due dates (null: none). */
  openItemsDue: Array<string | null>;
  prep: PrepareFacts;
  agreement: boolean;
  /** Each member's answer to the fit check, when the pulse feature has recorded one ("great", "not_a_fit"…). */
  fitAnswers: string[];
  /** Average of the members' session ratings (1–4), when any. */
  averageSessionRating: number | null;
  outcome: PairOutcome | null;
  /** Both members' goal ratings from their reflections. */
  goalRatings: Attainment[];
}

export interface ReportRow {
  number: number;
  cohort: string | null;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  daysInStage: number;
  openedOn: string;
  meetingsLogged: number;
  lastMeeting: string | null;
  itemsDone: number;
  itemsOpen: number;
  itemsOverdue: number;
  /** Ticked items of the preparation checklist, out of 4. */
  preparation: { done: number; total: number };
  agreement: boolean;
  fitAnswers: string[];
  averageSessionRating: number | null;
  outcome: PairOutcome | null;
  /** 0–100: met = 100, partly = 50, not yet = 0, averaged over the members' goal ratings; null before any. */
  goalAttainment: number | null;
}

/** One report row at `now`, dates in the reader's `zone`. */
export function reportRow(facts: ReportFacts, now: Date, zone: string): ReportRow {
  const today = DateTime.fromJSDate(now, { zone }).toISODate() ?? '';
  const prep = prepareProgress(facts.prep);
  return {
    number: facts.pairId,
    cohort: facts.cohort,
    mentorId: facts.mentorId,
    menteeId: facts.menteeId,
    stage: facts.stage,
    daysInStage: wholeDaysSince(facts.stageSince, now),
    openedOn: DateTime.fromJSDate(facts.openedAt, { zone }).toISODate() ?? '',
    meetingsLogged: facts.meetingsLogged,
    lastMeeting: facts.lastMeetingOn,
    itemsDone: facts.itemsDone,
    itemsOpen: facts.openItemsDue.length,
    itemsOverdue: facts.openItemsDue.filter((due) => due !== null && due < today).length,
    preparation: { done: prep.done, total: prep.total },
    agreement: facts.agreement,
    fitAnswers: [...facts.fitAnswers],
    averageSessionRating: facts.averageSessionRating === null ? null : Math.round(facts.averageSessionRating * 10) / 10,
    outcome: facts.outcome,
    goalAttainment: attainmentPercent(facts.goalRatings),
  };
}

export function attainmentPercent(ratings: readonly Attainment[]): number | null {
  if (ratings.length === 0) return null;
  const sum = ratings.reduce((total, rating) => total + ATTAINMENT_SCORE[rating], 0);
  return Math.round((100 * sum) / ratings.length);
}
