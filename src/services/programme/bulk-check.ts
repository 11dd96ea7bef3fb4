import { addJob } from '../../storage/scheduling/job.repository.js';
import { findBulkByMessage } from '../../storage/programme/bulk-pairing.repository.js';
import type { ServiceContext } from '../context.js';
import type { JobOutcome } from '../scheduling/nudges.js';
import { adminLocale, redrawBulk } from './bulk-overview.js';

export const BULK_CHECK_JOB = 'bulk_check_watch';
/**
 * A list is checked in the process that received it (its text is never stored). Its "checking…"
 * message becomes the preview well within this time (120 emails take under three minutes at Slack's
 * pace); if it has not by then, the process stopped mid-check and the message says so.
 */
export const CHECK_WATCH_MS = 15 * 60_000;

type Where = { channelId: string; ts: string };

/** Plans the look at a "checking…" message after CHECK_WATCH_MS, which survives a restart (a scheduler job). */
export async function watchCheck(ctx: ServiceContext, teamId: string, actorId: string, where: Where): Promise<void> {
  await addJob(ctx.db, null, {
    kind: BULK_CHECK_JOB,
    dedupeKey: `${BULK_CHECK_JOB}:${where.channelId}:${where.ts}`,
    runAt: new Date(ctx.clock().getTime() + CHECK_WATCH_MS),
    payload: { teamId, actorId, channelId: where.channelId, ts: where.ts },
  });
}

/** Turns a "checking…" message into "we could not finish: send the list again"; nothing was stored. */
export async function tellCheckStopped(ctx: ServiceContext, actorId: string, where: Where): Promise<void> {
  await ctx.slack.updateDirect(where, { kind: 'bulkCheckStopped' }, await adminLocale(ctx, actorId));
}

/**
 * The scheduler's look at a "checking…" message: a list stored under it is drawn again (in case the
 * process stopped between storing the preview and showing it); no list means the check never ended.
 */
export async function runBulkCheckWatch(ctx: ServiceContext, payload: Record<string, unknown>): Promise<JobOutcome> {
  const { actorId, channelId, ts } = payload;
  if (typeof actorId !== 'string' || typeof channelId !== 'string' || typeof ts !== 'string') return { outcome: 'cancelled' };
  const bulk = await findBulkByMessage(ctx.db, channelId, ts);
  if (bulk?.state === 'preview') await redrawBulk(ctx, bulk);
  else if (bulk === undefined) await tellCheckStopped(ctx, actorId, { channelId, ts });
  return { outcome: 'done' };
}
