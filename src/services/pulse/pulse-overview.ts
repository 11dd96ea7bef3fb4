import { type PulseOverview, summarisePulse } from '../../domain/pulse/pulse-summary.js';
import { latestFitAnswers } from '../../storage/pulse/fit-check.repository.js';
import { listCheckinScores } from '../../storage/pulse/pulse-checkin.repository.js';
import { listSessionRatings } from '../../storage/pulse/session-rating.repository.js';
import type { ServiceContext } from '../context.js';

/** The admins' aggregates of the workspace's open pairs: averages, trend, pairs to look at; no comment. */
export async function pulseOverview(ctx: ServiceContext, teamId: string): Promise<PulseOverview> {
  const [ratings, checkins, fits] = await Promise.all([
    listSessionRatings(ctx.db, teamId),
    listCheckinScores(ctx.db, teamId),
    latestFitAnswers(ctx.db, teamId),
  ]);
  return summarisePulse({ ratings, checkins, fits }, ctx.clock());
}
