import { sql } from 'kysely';
import type { Attainment, PairOutcome } from '../../domain/evaluate/reflection.js';
import type { PrepareFacts } from '../../domain/prepare/prep-checklist.js';
import type { Stage } from '../../domain/stages.js';
import type { DbOrTrx } from '../db/database.js';

/**
 * What the programme admins' report, chart and Home read about pairs: counts, dates, stages and
 * ratings. No query here selects a text anyone wrote (no note, no item text, no comment).
 */

export interface ProgrammePair {
  pairId: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  openedAt: Date;
  paused: boolean;
  deliveryProblem: string | null;
  outcome: PairOutcome | null;
  cohort: { id: number; name: string } | null;
}

export interface PairActivity {
  stageSince: Date;
  meetingsLogged: number;
  lastLogAt: Date | null;
  /** The day of the last meeting (met on, else the day it was logged, UTC). */
  lastMeetingOn: string | null;
  agreement: boolean;
}

/**
 * The workspace's pairs that have a channel, oldest first: every stage with `closed`, only open ones
 * without; in one cohort (`cohortId`), in none (null) or all (undefined).
 */
export async function listProgrammePairs(
  db: DbOrTrx,
  teamId: string,
  options: { cohortId?: number | null; includeClosed?: boolean } = {},
): Promise<ProgrammePair[]> {
  let query = db
    .selectFrom('pairs as p')
    .leftJoin('pair_cohorts as pc', 'pc.pair_id', 'p.id')
    .leftJoin('cohorts as c', 'c.id', 'pc.cohort_id')
    .select(['p.id', 'p.channel_id', 'p.mentor_id', 'p.mentee_id', 'p.stage', 'p.created_at', 'p.paused_at', 'p.delivery_problem', 'p.outcome'])
    .select(['c.id as cohort_id', 'c.name as cohort_name'])
    .where('p.team_id', '=', teamId)
    .where('p.channel_id', 'is not', null);
  if (options.includeClosed !== true) query = query.where('p.stage', '<>', 'closed');
  if (options.cohortId === null) query = query.where('pc.cohort_id', 'is', null);
  else if (options.cohortId !== undefined) query = query.where('pc.cohort_id', '=', options.cohortId);
  const rows = await query.orderBy('p.id').execute();
  return rows.map((row) => ({
    pairId: row.id,
    channelId: row.channel_id as string,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    stage: row.stage,
    openedAt: row.created_at,
    paused: row.paused_at !== null,
    deliveryProblem: row.delivery_problem,
    outcome: row.outcome,
    cohort: row.cohort_id === null || row.cohort_name === null ? null : { id: row.cohort_id, name: row.cohort_name },
  }));
}

/** Stage entry, meetings and agreement of each pair (counted in a few grouped statements). */
export async function pairActivity(db: DbOrTrx, pairs: ReadonlyArray<{ pairId: number; stage: Stage; openedAt: Date }>): Promise<Map<number, PairActivity>> {
  const ids = pairs.map((pair) => pair.pairId);
  if (ids.length === 0) return new Map();
  const [changes, logs, agreements] = await Promise.all([
    db
      .selectFrom('stage_changes')
      .select((eb) => ['pair_id', 'to_stage', eb.fn.max('changed_at').as('at')])
      .where('pair_id', 'in', ids)
      .groupBy(['pair_id', 'to_stage'])
      .execute(),
    db
      .selectFrom('meeting_logs')
      .select((eb) => [
        'pair_id',
        eb.fn.countAll<number>().as('n'),
        eb.fn.max('created_at').as('last_at'),
        sql<string | null>`max(coalesce(met_on, (created_at at time zone 'UTC')::date))::text`.as('last_on'),
      ])
      .where('pair_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .groupBy('pair_id')
      .execute(),
    db.selectFrom('agreements').select('pair_id').where('pair_id', 'in', ids).execute(),
  ]);
  const signed = new Set(agreements.map((row) => row.pair_id));
  return new Map(
    pairs.map((pair) => {
      const entered = changes.find((row) => row.pair_id === pair.pairId && row.to_stage === pair.stage)?.at;
      const log = logs.find((row) => row.pair_id === pair.pairId);
      return [
        pair.pairId,
        {
          stageSince: entered === undefined || entered === null ? pair.openedAt : new Date(entered),
          meetingsLogged: Number(log?.n ?? 0),
          lastLogAt: log?.last_at === undefined || log.last_at === null ? null : new Date(log.last_at),
          lastMeetingOn: log?.last_on ?? null,
          agreement: signed.has(pair.pairId),
        },
      ];
    }),
  );
}

/** Action items by pair: how many are done, and the due date of each open one. */
export async function itemCounts(db: DbOrTrx, pairIds: readonly number[]): Promise<Map<number, { done: number; openDue: Array<string | null> }>> {
  const counts = new Map<number, { done: number; openDue: Array<string | null> }>(pairIds.map((id) => [id, { done: 0, openDue: [] }]));
  if (pairIds.length === 0) return counts;
  const rows = await db.selectFrom('action_items').select(['pair_id', 'status', 'due_on']).where('pair_id', 'in', [...pairIds]).execute();
  for (const row of rows) {
    const count = counts.get(row.pair_id);
    if (count === undefined) continue;
    if (row.status === 'done') count.done += 1;
    else count.openDue.push(row.due_on);
  }
  return counts;
}

/** The preparation checklist's facts of each pair: goal, number of steps, inventories written. */
export async function prepFacts(db: DbOrTrx, pairs: ReadonlyArray<{ pairId: number; mentorId: string; menteeId: string }>): Promise<Map<number, PrepareFacts>> {
  const ids = pairs.map((pair) => pair.pairId);
  if (ids.length === 0) return new Map();
  const [goals, steps, inventories] = await Promise.all([
    db.selectFrom('goal_plans').select('pair_id').where('pair_id', 'in', ids).execute(),
    db.selectFrom('goal_steps').select((eb) => ['pair_id', eb.fn.countAll<number>().as('n')]).where('pair_id', 'in', ids).groupBy('pair_id').execute(),
    db.selectFrom('self_inventories').select(['pair_id', 'user_id']).where('pair_id', 'in', ids).execute(),
  ]);
  const withGoal = new Set(goals.map((row) => row.pair_id));
  return new Map(
    pairs.map((pair) => [
      pair.pairId,
      {
        hasGoal: withGoal.has(pair.pairId),
        steps: Number(steps.find((row) => row.pair_id === pair.pairId)?.n ?? 0),
        mentorInventory: inventories.some((row) => row.pair_id === pair.pairId && row.user_id === pair.mentorId),
        menteeInventory: inventories.some((row) => row.pair_id === pair.pairId && row.user_id === pair.menteeId),
      },
    ]),
  );
}

/** The members' goal ratings from their reflections, by pair (ratings only, never a comment). */
export async function goalRatings(db: DbOrTrx, pairIds: readonly number[]): Promise<Map<number, Attainment[]>> {
  const ratings = new Map<number, Attainment[]>(pairIds.map((id) => [id, []]));
  if (pairIds.length === 0) return ratings;
  const rows = await db.selectFrom('reflections').select(['pair_id', 'goal_attainment']).where('pair_id', 'in', [...pairIds]).execute();
  for (const row of rows) if (row.goal_attainment !== null) ratings.get(row.pair_id)?.push(row.goal_attainment);
  return ratings;
}

/** The days meetings were held (met on, else logged on, UTC) from `since`, for the chart. */
export async function meetingDays(db: DbOrTrx, pairIds: readonly number[], since: Date): Promise<string[]> {
  if (pairIds.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_logs')
    .select(sql<string>`coalesce(met_on, (created_at at time zone 'UTC')::date)::text`.as('day'))
    .where('pair_id', 'in', [...pairIds])
    .where('deleted_at', 'is', null)
    .where('created_at', '>=', new Date(since.getTime() - 7 * 86_400_000))
    .execute();
  return rows.map((row) => row.day);
}
