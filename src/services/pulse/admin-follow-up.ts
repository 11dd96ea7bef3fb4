import { CoachError } from '../../domain/errors.js';
import { findPairById, moveStage } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { claimSentOnce, releaseSentOnce } from '../../storage/pairs/sent-once.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin, pairRef, type ActivePair } from '../pairs/pair-access.js';
import { replanQuietly } from '../scheduling/nudges.js';
import type { DirectPost } from '../slack-port.js';

interface AdminPairRequest {
  teamId: string;
  userId: string;
  pairId: number;
}

/** Nothing about the pair is read before the clicker is known to be a programme admin. */
async function adminPair(ctx: ServiceContext, request: AdminPairRequest): Promise<ActivePair> {
  if (!(await isProgrammeAdmin(ctx, request.userId, { fresh: true }))) throw new CoachError('not_admin');
  const pair = await findPairById(ctx.db, request.pairId);
  if (!pair || pair.teamId !== request.teamId || pair.channelId === null) throw new CoachError('stale_action');
  if (pair.stage === 'closed') throw new CoachError('pair_closed');
  return pair as ActivePair;
}

/**
 * "Contact the pair" on a "not a good fit" alert: each member gets a direct message saying the admin
 * would like to talk, which says nothing of who answered what. Once per alert and member: another
 * click on the same alert (a new trigger id, so past the delivery guard) sends nothing, and a member
 * whose message failed is the only one written to when the admin clicks again.
 */
export async function contactPair(
  ctx: ServiceContext,
  request: AdminPairRequest & { alert: DirectPost },
): Promise<{ pairId: number; memberIds: string[]; outcome: 'sent' | 'alreadySent' }> {
  const pair = await adminPair(ctx, request);
  const memberIds = [pair.mentorId, pair.menteeId];
  let sent = 0;
  for (const memberId of memberIds) {
    const once = `fit_contact:${request.alert.channelId}:${request.alert.ts}:${memberId}`;
    if (!(await claimSentOnce(ctx.db, { pairId: pair.id, key: once, at: ctx.clock() }))) continue;
    try {
      await ctx.slack.notifyUser(memberId, { kind: 'adminContact', adminId: request.userId, channelId: pair.channelId });
    } catch (error) {
      await releaseSentOnce(ctx.db, pair.id, once).catch(() => undefined);
      throw error;
    }
    sent += 1;
  }
  return { pairId: pair.id, memberIds, outcome: sent > 0 ? 'sent' : 'alreadySent' };
}

/**
 * "Close the pair" on the alert: the relationship closes as a wrap-up's "close" would (reminders
 * cancelled, a line in the channel, the channel archived unless KEEP_CHANNELS_OPEN). Once only.
 */
export async function closePairByAdmin(ctx: ServiceContext, request: AdminPairRequest): Promise<{ pairId: number; archived: boolean }> {
  const pair = await adminPair(ctx, request);
  const now = ctx.clock();
  const moved = await inTransaction(ctx.db, (trx) => moveStage(trx, { pairId: pair.id, from: pair.stage, to: 'closed', by: request.userId, at: now }), {
    pairId: pair.id,
  });
  if (!moved) throw new CoachError('pair_closed');
  await replanQuietly(ctx, pair.id);
  await ctx.slack.postToPair(pairRef(pair), { kind: 'closedLine', userId: request.userId, outcome: 'closed' });
  if (ctx.keepChannelsOpen === true) return { pairId: pair.id, archived: false };
  try {
    await ctx.slack.archive(pair.channelId);
  } catch (error) {
    ctx.log('could not archive a closed pair channel', { pairId: pair.id, error: String(error) });
  }
  return { pairId: pair.id, archived: true };
}
