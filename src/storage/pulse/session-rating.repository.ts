import type { SessionRating } from '../../domain/pulse/answers.js';
import type { RatingFact } from '../../domain/pulse/pulse-summary.js';
import type { DbOrTrx } from '../db/database.js';

export interface StoredRating {
  logId: number;
  pairId: number;
  userId: string;
  rating: SessionRating;
  ratedAt: Date;
}

/** A member's rating of a logged meeting; a second rating replaces the first. */
export async function saveSessionRating(db: DbOrTrx, rating: StoredRating): Promise<void> {
  await db
    .insertInto('session_ratings')
    .values({ log_id: rating.logId, pair_id: rating.pairId, user_id: rating.userId, rating: rating.rating, rated_at: rating.ratedAt })
    .onConflict((oc) => oc.columns(['log_id', 'user_id']).doUpdateSet({ rating: rating.rating, rated_at: rating.ratedAt }))
    .execute();
}

export async function findSessionRating(db: DbOrTrx, logId: number, userId: string): Promise<SessionRating | undefined> {
  const row = await db.selectFrom('session_ratings').select('rating').where('log_id', '=', logId).where('user_id', '=', userId).executeTakeFirst();
  return row && (Number(row.rating) as SessionRating);
}

/** The pair a logged meeting belongs to, unless the log was deleted. */
export async function findRatedLog(db: DbOrTrx, logId: number): Promise<{ logId: number; pairId: number } | undefined> {
  const row = await db.selectFrom('meeting_logs').select(['id', 'pair_id']).where('id', '=', logId).where('deleted_at', 'is', null).executeTakeFirst();
  return row && { logId: row.id, pairId: row.pair_id };
}

/** Every session rating of the workspace's open pairs: numbers and dates only. */
export async function listSessionRatings(db: DbOrTrx, teamId: string): Promise<RatingFact[]> {
  const rows = await db
    .selectFrom('session_ratings as r')
    .innerJoin('pairs as p', 'p.id', 'r.pair_id')
    .select(['r.pair_id', 'r.rating', 'r.rated_at'])
    .where('p.team_id', '=', teamId)
    .where('p.stage', '!=', 'closed')
    .execute();
  return rows.map((row) => ({ pairId: row.pair_id, rating: Number(row.rating), ratedAt: row.rated_at }));
}

/** Open pairs whose average session rating is under `threshold` (1–4), lowest first, with that average. */
export async function pulseBelow(db: DbOrTrx, teamId: string, threshold: number): Promise<Array<{ pairId: number; average: number }>> {
  const rows = await db
    .selectFrom('session_ratings as r')
    .innerJoin('pairs as p', 'p.id', 'r.pair_id')
    .select((eb) => ['r.pair_id', eb.fn.avg<number | string>('r.rating').as('average')])
    .where('p.team_id', '=', teamId)
    .where('p.stage', '!=', 'closed')
    .groupBy('r.pair_id')
    .having((eb) => eb.fn.avg('r.rating'), '<', threshold)
    .orderBy('average')
    .orderBy('r.pair_id')
    .execute();
  return rows.map((row) => ({ pairId: row.pair_id, average: Number(row.average) }));
}
