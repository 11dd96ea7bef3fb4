import { parseSessionRating, type SessionRating } from '../../domain/pulse/answers.js';
import { SESSION_RATING_JOB } from '../../domain/pulse/pulse-plan.js';
import { CoachError } from '../../domain/errors.js';
import { findRatedLog, saveSessionRating } from '../../storage/pulse/session-rating.repository.js';
import { addJobs } from '../../storage/scheduling/job.repository.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';

/**
 * After each logged meeting, each member is asked privately to rate it: one job per member and log,
 * so a retried log or a second replica asks once. Failing to queue loses nothing that was logged.
 */
export async function queueSessionRatings(ctx: ServiceContext, pair: { id: number; mentorId: string; menteeId: string }, logId: number): Promise<void> {
  if (ctx.pulse !== true) return;
  const now = ctx.clock();
  await addJobs(
    ctx.db,
    pair.id,
    [pair.mentorId, pair.menteeId].map((userId) => ({
      kind: SESSION_RATING_JOB,
      dedupeKey: `${SESSION_RATING_JOB}:${logId}:${userId}`,
      runAt: now,
      payload: { userId, logId },
    })),
  ).catch((error: unknown) => ctx.log('could not queue the session ratings', { pairId: pair.id, error: error instanceof Error ? error.message : String(error) }));
}

/** A member rates a logged meeting of their pair, 1–4; rating again changes it. Nobody else sees it. */
export async function rateSession(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; logId: number; rating: unknown },
): Promise<{ logId: number; rating: SessionRating; channelId: string }> {
  const log = await findRatedLog(ctx.db, request.logId);
  if (!log) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: log.pairId });
  const rating = parseSessionRating(request.rating);
  await saveSessionRating(ctx.db, { logId: log.logId, pairId: log.pairId, userId: request.userId, rating, ratedAt: ctx.clock() });
  return { logId: log.logId, rating, channelId: pair.channelId };
}
