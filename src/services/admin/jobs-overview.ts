import { CoachError } from '../../domain/errors.js';
import { countJobsByState, listFailedJobs } from '../../storage/scheduling/job.repository.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';

export interface JobsOverview {
  pending: number;
  failed: number;
  recentFailures: Array<{ kind: string; channelId: string | null; error: string; attempts: number; at: Date | null }>;
}

/**
 * For programme admins: what the scheduler is waiting to send and what it gave up on, in the asker's
 * own workspace only. Counts and codes only.
 */
export async function jobsOverview(ctx: ServiceContext, request: { teamId: string; userId: string }): Promise<JobsOverview> {
  if (!(await isProgrammeAdmin(ctx, request.userId, { fresh: true }))) throw new CoachError('not_admin');
  const [counts, failed] = await Promise.all([countJobsByState(ctx.db, request.teamId), listFailedJobs(ctx.db, request.teamId, 10)]);
  const recentFailures = await Promise.all(
    failed.map(async (job) => ({
      kind: job.kind,
      channelId: job.pairId === null ? null : ((await findPairById(ctx.db, job.pairId))?.channelId ?? null),
      error: job.lastError ?? 'unknown',
      attempts: job.attempts,
      at: job.finishedAt,
    })),
  );
  return { pending: (counts.pending ?? 0) + (counts.running ?? 0), failed: counts.failed ?? 0, recentFailures };
}
