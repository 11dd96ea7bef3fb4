import { DateTime } from 'luxon';
import { STAGES, type Stage } from '../stages.js';

/** What the report's chart draws: pairs per stage per cohort, and meetings logged per week. */

export const CHART_WEEKS = 12;

export interface StageCount {
  cohort: string;
  stage: Stage;
  pairs: number;
}

export interface WeekCount {
  /** Monday of the week (yyyy-mm-dd) in the reader's zone. */
  week: string;
  meetings: number;
}

export interface ChartData {
  stages: StageCount[];
  weeks: WeekCount[];
}

/** Pairs counted by cohort and stage (`noCohort` names pairs in none); every stage of a cohort shown, zeros too. */
export function stageCounts(pairs: ReadonlyArray<{ cohort: string | null; stage: Stage }>, noCohort: string): StageCount[] {
  const cohorts = [...new Set(pairs.map((pair) => pair.cohort ?? noCohort))].sort((a, b) => a.localeCompare(b));
  return cohorts.flatMap((cohort) =>
    STAGES.map((stage) => ({ cohort, stage, pairs: pairs.filter((pair) => (pair.cohort ?? noCohort) === cohort && pair.stage === stage).length })),
  );
}

/** The Mondays of the last CHART_WEEKS weeks up to `now`'s week, oldest first, in `zone`. */
export function lastWeeks(now: Date, zone: string): string[] {
  const monday = DateTime.fromJSDate(now, { zone }).startOf('week');
  return Array.from({ length: CHART_WEEKS }, (_, index) => monday.minus({ weeks: CHART_WEEKS - 1 - index }).toISODate() ?? '');
}

/** Meetings per week over the last CHART_WEEKS weeks, from the days they were held (yyyy-mm-dd). */
export function weekCounts(meetingDays: readonly string[], now: Date, zone: string): WeekCount[] {
  const weeks = lastWeeks(now, zone);
  const counts = new Map(weeks.map((week) => [week, 0]));
  for (const day of meetingDays) {
    const week = DateTime.fromISO(day, { zone }).startOf('week').toISODate();
    if (week !== null && counts.has(week)) counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return weeks.map((week) => ({ week, meetings: counts.get(week) ?? 0 }));
}

/** The earliest day `weekCounts` counts: fetch meetings from here on. */
export function chartStart(now: Date, zone: string): Date {
  return DateTime.fromISO(lastWeeks(now, zone)[0] ?? '', { zone }).toJSDate();
}
