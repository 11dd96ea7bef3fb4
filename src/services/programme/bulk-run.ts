import { CoachError, isCoachError } from '../../domain/errors.js';
import type { RowProblem } from '../../domain/programme/pair-list.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { findActivePairOf } from '../../storage/pairs/pair.repository.js';
import {
  type BulkPairing,
  type BulkRow,
  cancelBulkPairing,
  confirmBulkPairing,
  countBulkRows,
  findBulkPairing,
  finishBulkPairing,
  listReadyRows,
  settleBulkRow,
} from '../../storage/programme/bulk-pairing.repository.js';
import { addJobs } from '../../storage/scheduling/job.repository.js';
import type { ServiceContext } from '../context.js';
import { openPair } from '../pairs/open-pair.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';
import type { JobOutcome } from '../scheduling/nudges.js';
import { SlackCallError } from '../slack-port.js';
import { redrawBulk } from './bulk-overview.js';
import { placeInCohort } from './cohorts.js';

export const BULK_PAIRING_JOB = 'bulk_pairing';
/** Slack's conversations.create is Tier 2, about 20 calls a minute: one scheduler pass opens at most this many. */
export const OPENINGS_PER_PASS = 20;
export const PASS_INTERVAL_MS = 60_000;

interface BulkRequest {
  teamId: string;
  actorId: string;
  bulkId: number;
}

async function adminsList(ctx: ServiceContext, request: BulkRequest): Promise<BulkPairing> {
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  const bulk = await findBulkPairing(ctx.db, request.bulkId);
  if (bulk === undefined || bulk.teamId !== request.teamId) throw new CoachError('stale_action');
  return bulk;
}

/**
 * "Open N pairs" under a preview: the list starts, once (a second click or a retry changes nothing),
 * as one scheduler job that opens OPENINGS_PER_PASS lines a minute and survives a restart.
 */
export async function confirmBulk(ctx: ServiceContext, request: BulkRequest): Promise<void> {
  const bulk = await adminsList(ctx, request);
  const now = ctx.clock();
  await inTransaction(ctx.db, async (trx) => {
    if (!(await confirmBulkPairing(trx, bulk.id, now))) return;
    await addJobs(trx, null, [{ kind: BULK_PAIRING_JOB, dedupeKey: `${BULK_PAIRING_JOB}:${bulk.id}`, runAt: now, payload: { bulkId: bulk.id, teamId: bulk.teamId } }]);
  });
  await redrawBulk(ctx, (await findBulkPairing(ctx.db, bulk.id)) ?? bulk);
}

/** "Cancel" under a preview: nothing from the list will open. */
export async function cancelBulk(ctx: ServiceContext, request: BulkRequest): Promise<void> {
  const bulk = await adminsList(ctx, request);
  await cancelBulkPairing(ctx.db, bulk.id, ctx.clock());
  await redrawBulk(ctx, (await findBulkPairing(ctx.db, bulk.id)) ?? bulk);
}

/** The scheduler's turn of a running list: the next lines, then the message redrawn; again in a minute while lines wait. */
export async function runBulkPairingJob(ctx: ServiceContext, payload: Record<string, unknown>, now: Date): Promise<JobOutcome> {
  const bulk = typeof payload.bulkId === 'number' ? await findBulkPairing(ctx.db, payload.bulkId) : undefined;
  if (bulk === undefined || bulk.state !== 'running') return { outcome: 'cancelled' };
  for (const row of await listReadyRows(ctx.db, bulk.id, OPENINGS_PER_PASS)) {
    const waitSeconds = await openRow(ctx, bulk, row);
    if (waitSeconds !== undefined) {
      await redrawBulk(ctx, bulk);
      return { outcome: 'postponed', until: new Date(now.getTime() + Math.max(1, waitSeconds) * 1000) };
    }
  }
  if ((await countBulkRows(ctx.db, bulk.id)).ready > 0) {
    await redrawBulk(ctx, bulk);
    return { outcome: 'postponed', until: new Date(now.getTime() + PASS_INTERVAL_MS) };
  }
  await finishBulkPairing(ctx.db, bulk.id, now);
  await redrawBulk(ctx, { ...bulk, state: 'done' });
  return { outcome: 'done' };
}

const PROBLEMS: Partial<Record<string, RowProblem>> = {
  bot_user: 'bot',
  user_not_found: 'unknown_user',
  same_person: 'same_person',
  pair_exists: 'already_paired',
};

/** Opens one line; the seconds Slack asked to wait when it rate-limited us (the line stays ready). */
async function openRow(ctx: ServiceContext, bulk: BulkPairing, row: BulkRow): Promise<number | undefined> {
  if (row.mentorId === null || row.menteeId === null) {
    await settleBulkRow(ctx.db, row.id, { state: 'failed', problem: 'malformed' });
    return undefined;
  }
  try {
    const pair = await openPair(ctx, { teamId: bulk.teamId, actorId: bulk.createdBy, mentorId: row.mentorId, menteeId: row.menteeId });
    await placeInCohort(ctx, bulk.teamId, pair.id, row.cohort, bulk.createdBy);
    await settleBulkRow(ctx.db, row.id, { state: 'opened', pairId: pair.id });
    return undefined;
  } catch (error) {
    const wait = retryAfter(error);
    if (wait !== undefined) return wait;
    if (!isCoachError(error)) throw error;
    if (error.code === 'pair_exists' && (await resumeOpened(ctx, bulk, row))) return undefined;
    await settleBulkRow(ctx.db, row.id, { state: 'failed', problem: PROBLEMS[error.code] ?? 'failed' });
    return undefined;
  }
}

/** A pass stopped after opening a line but before recording it: the pair this list opened is taken as this line's. */
async function resumeOpened(ctx: ServiceContext, bulk: BulkPairing, row: BulkRow): Promise<boolean> {
  const pair = await findActivePairOf(ctx.db, bulk.teamId, row.mentorId ?? '', row.menteeId ?? '');
  if (pair === undefined || pair.channelId === null || pair.createdBy !== bulk.createdBy || pair.createdAt < bulk.createdAt) return false;
  await placeInCohort(ctx, bulk.teamId, pair.id, row.cohort, bulk.createdBy);
  return settleBulkRow(ctx.db, row.id, { state: 'opened', pairId: pair.id });
}

function retryAfter(error: unknown): number | undefined {
  const cause = isCoachError(error) ? error.cause : error;
  return cause instanceof SlackCallError ? cause.retryAfterSeconds : undefined;
}
