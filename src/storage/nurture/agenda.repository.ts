import type { DbOrTrx } from '../db/database.js';

export interface MeetingPlanFacts {
  /** Meetings logged (deleted logs left out). */
  count: number;
  /** The latest log: the day it says the meeting took place, and when it was written. */
  last: { metOn: string | null; loggedAt: Date } | null;
  /** The next meeting named by the latest log that named one. */
  named: { at: Date | null; on: string | null } | null;
}

/** What the logs say about the pair's meetings, for the next meeting and its agenda. */
export async function meetingPlanFacts(db: DbOrTrx, pairId: number): Promise<MeetingPlanFacts> {
  const logs = db.selectFrom('meeting_logs').where('pair_id', '=', pairId).where('deleted_at', 'is', null);
  const [count, last, named, set] = await Promise.all([
    logs.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    logs.select(['met_on', 'created_at']).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst(),
    logs
      .select(['next_meeting_at', 'next_meeting_on', 'created_at'])
      // A later log that names no date does not cancel the date an earlier one set.
      .where((eb) => eb.or([eb('next_meeting_at', 'is not', null), eb('next_meeting_on', 'is not', null)]))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    // A meeting set without a log (`/mentor meet`, the first-meeting picker).
    db.selectFrom('set_meetings').select(['meeting_at', 'set_at']).where('pair_id', '=', pairId).executeTakeFirst(),
  ]);
  // The latest word wins: a meeting set after the last log that named one replaces it, and the reverse.
  const fromSet = set !== undefined && (named === undefined || set.set_at.getTime() >= named.created_at.getTime());
  return {
    count: Number(count.count),
    last: last ? { metOn: last.met_on, loggedAt: last.created_at } : null,
    named: fromSet ? { at: set.meeting_at, on: null } : named ? { at: named.next_meeting_at, on: named.next_meeting_on } : null,
  };
}

/** When the pair last had an expectations check-in reminder, if ever. */
export async function lastCheckinAt(db: DbOrTrx, pairId: number): Promise<Date | null> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.max('finished_at').as('at'))
    .where('pair_id', '=', pairId)
    .where('state', '=', 'done')
    .where('kind', '=', 'expectations_checkin')
    .executeTakeFirst();
  return row?.at ?? null;
}
