import { type PulseOverview, summarisePulse } from '../../domain/pulse/pulse-summary.js';
import { latestFitAnswers } from '../../storage/pulse/fit-check.repository.js';
import { listCheckinScores } from '../../storage/pulse/pulse-checkin.repository.js';
import { listSessionRatings } from '../../storage/pulse/session-rating.repository.js';
import type { ServiceContext } from '../context.js';

/**
 * The admins' aggregates of the workspace's open pairs: averages, trend, pairs to look at; no comment.
 * `ownPairs`, the reader's own pairs, are left out of every figure: averaged with few others, or alone,
 * they would tell the reader their partner's answers.
 */
export async function pulseOverview(ctx: ServiceContext, teamId: string, ownPairs: ReadonlySet<number> = new Set()): Promise<PulseOverview> {
  const [ratings, checkins, fits] = await Promise.all([
    listSessionRatings(ctx.db, teamId),
    listCheckinScores(ctx.db, teamId),
    latestFitAnswers(ctx.db, teamId),
  ]);
  const others = <T extends { pairId: number }>(facts: readonly T[]): T[] => facts.filter((fact) => !ownPairs.has(fact.pairId));
  return summarisePulse({ ratings: others(ratings), checkins: others(checkins), fits: others(fits) }, ctx.clock());
}
