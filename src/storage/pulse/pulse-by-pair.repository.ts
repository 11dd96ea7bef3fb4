import { CHECKIN_THRESHOLD, SESSION_THRESHOLD } from '../../domain/pulse/pulse-summary.js';
import type { FitAnswer } from '../../domain/pulse/answers.js';
import type { DbOrTrx } from '../db/database.js';

/** What a programme's report and attention flags may read of the named pairs' private answers: never a comment. */
export interface PulseByPair {
  /** Each member's fit answer, by pair, oldest first. */
  fitAnswers: Map<number, FitAnswer[]>;
  /** The average session rating (1–4), by pair, for pairs rated at least once. */
  averageRating: Map<number, number>;
  /** Pairs whose average session rating or any check-in score is below the pulse thresholds. */
  lowPulse: Set<number>;
}

export async function readPulseByPair(db: DbOrTrx, pairIds: readonly number[]): Promise<PulseByPair> {
  const found: PulseByPair = { fitAnswers: new Map(), averageRating: new Map(), lowPulse: new Set() };
  if (pairIds.length === 0) return found;
  const ids = [...new Set(pairIds)];
  const [answers, ratings, checkins] = await Promise.all([
    db.selectFrom('fit_checks').select(['pair_id', 'answer']).where('pair_id', 'in', ids).orderBy('pair_id').orderBy('answered_at').execute(),
    db
      .selectFrom('session_ratings')
      .select((eb) => ['pair_id', eb.fn.avg<number | string>('rating').as('average')])
      .where('pair_id', 'in', ids)
      .groupBy('pair_id')
      .execute(),
    db
      .selectFrom('pulse_checkins')
      .select((eb) => ['pair_id', eb.fn.min<number | string>('progress').as('progress'), eb.fn.min<number | string>('relationship').as('relationship')])
      .where('pair_id', 'in', ids)
      .groupBy('pair_id')
      .execute(),
  ]);
  for (const row of answers) found.fitAnswers.set(row.pair_id, [...(found.fitAnswers.get(row.pair_id) ?? []), row.answer]);
  for (const row of ratings) {
    const average = Number(row.average);
    found.averageRating.set(row.pair_id, average);
    if (average < SESSION_THRESHOLD) found.lowPulse.add(row.pair_id);
  }
  for (const row of checkins) {
    if (Math.min(Number(row.progress), Number(row.relationship)) <= CHECKIN_THRESHOLD) found.lowPulse.add(row.pair_id);
  }
  return found;
}
