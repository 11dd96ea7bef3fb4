import { checkWatchMs, MIN_CHECK_WATCH_MS } from '../../domain/programme/lookup-budgets.js';
import type { ListLine } from '../../domain/programme/pair-list.js';
import type { DbOrTrx } from '../../storage/db/database.js';
import { addJob, addToPendingJobPayload, deferPendingJob } from '../../storage/scheduling/job.repository.js';
import { findBulkByMessage, findBulkPairing } from '../../storage/programme/bulk-pairing.repository.js';
import type { ServiceContext } from '../context.js';
import type { JobOutcome } from '../scheduling/nudges.js';
import { adminLocale, redrawBulk } from './bulk-overview.js';
import { plannedLookups } from './resolve-people.js';

export const BULK_CHECK_JOB = 'bulk_check_watch';
/**
 * A list is checked in the process that received it (its text is never stored). Its "checking…"
 * message becomes the preview within the paced time of its lookups; the watch looks at it later
 * than that (checkWatchMs: at least this, 38 minutes for the longest list), and if no list was
 * stored by then, the process stopped mid-check and the message says so.
 */
export const CHECK_WATCH_MS = MIN_CHECK_WATCH_MS;

type Where = { channelId: string; ts: string };

const watchKey = (where: Where) => `${BULK_CHECK_JOB}:${where.channelId}:${where.ts}`;

/**
 * The planned lookups of the checks under way in this process, by watch key. They share the
 * process's pacer, so side by side each one takes as long as all of them together.
 */
const underWay = new Map<string, Record<string, number>>();

/**
 * When the watch of this list's check is due: after its lookups at Slack's pace, and those of the
 * checks already under way beside it (`alongside`), with a margin.
 */
export function checkWatchDelay(lines: readonly ListLine[], alongside: ReadonlyArray<Readonly<Record<string, number>>> = []): number {
  const total: Record<string, number> = { ...plannedLookups(lines) };
  for (const calls of alongside) for (const [method, count] of Object.entries(calls)) total[method] = (total[method] ?? 0) + count;
  return checkWatchMs(total);
}

/**
 * Plans the look at a "checking…" message once the check of `lines` should be over, which survives a
 * restart (a scheduler job). The checks already under way in this process now share the pacer with
 * this one, so their watches are put back as late as this one's. Call the answer once the check ends.
 */
export async function watchCheck(ctx: ServiceContext, request: { teamId: string; actorId: string; lines: readonly ListLine[] }, where: Where): Promise<() => void> {
  const key = watchKey(where);
  const runAt = new Date(ctx.clock().getTime() + checkWatchDelay(request.lines, [...underWay.values()]));
  const others = [...underWay.keys()];
  underWay.set(key, plannedLookups(request.lines));
  const ended = () => void underWay.delete(key);
  try {
    await addJob(ctx.db, null, {
      kind: BULK_CHECK_JOB,
      dedupeKey: key,
      runAt,
      payload: { teamId: request.teamId, actorId: request.actorId, channelId: where.channelId, ts: where.ts },
    });
    for (const other of others) await deferPendingJob(ctx.db, other, runAt);
  } catch (error) {
    ended();
    throw error;
  }
  return ended;
}

/**
 * Tells the watch, in the transaction that stores the list, which list its check became: the
 * preview may later be posted as a new message (the "checking…" one could not be updated), and the
 * watch must still know the check ended rather than look for a list under the first message.
 */
export async function noteCheckStored(trx: DbOrTrx, where: Where, bulkId: number): Promise<void> {
  await addToPendingJobPayload(trx, watchKey(where), { bulkId });
}

/** Turns a "checking…" message into "we could not finish: send the list again"; nothing was stored. */
export async function tellCheckStopped(ctx: ServiceContext, actorId: string, where: Where): Promise<void> {
  await ctx.slack.updateDirect(where, { kind: 'bulkCheckStopped' }, await adminLocale(ctx, actorId));
}

/**
 * The scheduler's look at a "checking…" message: a list its check stored is drawn again, wherever
 * its message now is (in case the process stopped between storing the preview and showing it); only
 * when no list was stored did the check never end. A stored list's messages are never rewritten as
 * stopped.
 */
export async function runBulkCheckWatch(ctx: ServiceContext, payload: Record<string, unknown>): Promise<JobOutcome> {
  const { actorId, channelId, ts, bulkId } = payload;
  if (typeof actorId !== 'string' || typeof channelId !== 'string' || typeof ts !== 'string') return { outcome: 'cancelled' };
  // Watches planned before the list's id was noted in them find it under the first message.
  const bulk = typeof bulkId === 'number' ? await findBulkPairing(ctx.db, bulkId) : await findBulkByMessage(ctx.db, channelId, ts);
  if (bulk?.state === 'preview') await redrawBulk(ctx, bulk);
  else if (bulk === undefined && typeof bulkId !== 'number') await tellCheckStopped(ctx, actorId, { channelId, ts });
  return { outcome: 'done' };
}
