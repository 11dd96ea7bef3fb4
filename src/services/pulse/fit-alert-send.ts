import type { Locale } from '../../domain/locale.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { recordDirectMessage, recordPendingDirectMessage, settlePendingDirectMessage } from '../../storage/pairs/direct-message.repository.js';
import type { ServiceContext } from '../context.js';
import type { DirectPost } from '../slack-port.js';
import type { PulseUserMessage } from './pulse-messages.js';

type FitAlert = Extract<PulseUserMessage, { kind: 'fitAlert' }>;

/**
 * An admin's fit alert quotes the member's comment, so erasing the pair must reach every copy. Slack
 * cannot be asked to post once, and its answer (the ts) can be lost on the way back, or the process can
 * stop before keeping it. So: a pending row names the conversation BEFORE the post; the post carries
 * the pair and member as message metadata and is not retried by the client (a lost answer fails the
 * job); a retry of the job first looks for its earlier copy by that metadata and keeps it instead of
 * posting again; once kept, the pending row becomes a settled marker, so a rerun of a job whose alert
 * was kept (its lease lapsed, its "done" lost) posts nothing; and erase searches the conversation of
 * any row still pending (erase.ts).
 */
export async function sendFitAlert(ctx: ServiceContext, pair: { pairId: number; teamId: string }, userId: string, message: FitAlert, locale: Locale): Promise<void> {
  const channelId = await ctx.slack.openDirectMessage(userId);
  const mark = { pairId: pair.pairId, memberId: message.memberId };
  const pending = { ...pair, channelId, memberId: message.memberId };
  // Fails on a pair erased meanwhile: nothing is posted.
  const outcome = await recordPendingDirectMessage(ctx.db, { ...pending, at: ctx.clock() });
  if (outcome === 'settled') return;
  const earlier = outcome === 'first' ? [] : await ctx.slack.findMarkedDirect(channelId, mark);
  const sent = earlier.length > 0 ? earlier : [await ctx.slack.notifyUserOnce(userId, message, locale, mark)];
  await keepForErase(ctx, pending, sent);
}

/** Where the alert landed is kept and the pending row settled; if it cannot be kept (the pair was erased meanwhile), the alert is taken back at once. */
async function keepForErase(ctx: ServiceContext, pending: { pairId: number; teamId: string; channelId: string; memberId: string }, sent: readonly DirectPost[]): Promise<void> {
  try {
    await inTransaction(ctx.db, async (trx) => {
      for (const post of sent) await recordDirectMessage(trx, { pairId: pending.pairId, teamId: pending.teamId, ...post, at: ctx.clock() });
      await settlePendingDirectMessage(trx, { ...pending, at: ctx.clock() });
    });
  } catch (error) {
    for (const post of sent) await ctx.slack.deleteDirect(post).catch(() => undefined);
    throw error;
  }
}
