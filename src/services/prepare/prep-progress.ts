import { prepareProgress, type PrepareProgress } from '../../domain/prepare/prep-checklist.js';
import { countGoalSteps } from '../../storage/prepare/goal.repository.js';
import { listInventoryAuthors } from '../../storage/prepare/inventory.repository.js';
import { findPreparePost, setPreparePost } from '../../storage/prepare/prep-state.repository.js';
import type { PairRow } from '../../storage/db/schema.js';
import { claimSuggestion, releaseSuggestion } from '../../storage/engage/suggestion.repository.js';
import type { ServiceContext } from '../context.js';
import { type ActivePair, pairRef } from '../pairs/pair-access.js';
import { type PairMessage, type PairRef, SlackCallError } from '../slack-port.js';

/** The suggestion to move on once preparation is complete; made once per pair (pair_suggestions). */
export const ENGAGE_SUGGESTION = 'engage';

/** The checklist as stored: goal, plan (2 steps or more), the mentor's and the mentee's inventories. */
export async function loadPrepareProgress(ctx: ServiceContext, pair: PairRow): Promise<PrepareProgress> {
  const [steps, authors] = await Promise.all([countGoalSteps(ctx.db, pair.id), listInventoryAuthors(ctx.db, pair.id)]);
  return prepareProgress({
    hasGoal: steps !== undefined,
    steps: steps ?? 0,
    mentorInventory: authors.includes(pair.mentor_id),
    menteeInventory: authors.includes(pair.mentee_id),
  });
}

/** Called with the ts of every prepare post: that post is the one redrawn from now on. */
export async function recordPreparePost(ctx: ServiceContext, pair: ActivePair, ts: string): Promise<void> {
  if (ts === '') return;
  await setPreparePost(ctx.db, pair.id, ts);
  // A pair coming back to prepare gets a post showing what it had already done.
  const progress = await loadPrepareProgress(ctx, pair);
  if (progress.done > 0) await redraw(ctx, pairRef(pair), ts, progress);
}

/**
 * After a goal or inventory change: the prepare post shows the new progress, and the first change
 * that completes the checklist (while still preparing) posts the suggestion to meet, once.
 */
export async function refreshPreparation(ctx: ServiceContext, pair: ActivePair): Promise<PrepareProgress> {
  const ref = pairRef(pair);
  const [progress, ts] = await Promise.all([loadPrepareProgress(ctx, pair), findPreparePost(ctx.db, pair.id)]);
  if (ts !== undefined) await redraw(ctx, ref, ts, progress);
  if (progress.complete && pair.stage === 'prepare' && (await claimSuggestion(ctx.db, pair.id, ENGAGE_SUGGESTION, ctx.clock()))) {
    try {
      await ctx.slack.postToPair(ref, { kind: 'suggestEngage' });
    } catch (error) {
      await releaseSuggestion(ctx.db, pair.id, ENGAGE_SUGGESTION);
      ctx.log('could not post the suggestion to start the conversation', { pairId: pair.id, error: String(error) });
    }
  }
  return progress;
}

/**
 * Shows `message` in the post `ts` if there is one; when there is none, or Slack no longer has it
 * (deleted by someone), posts it anew and hands the new ts to `store`.
 */
export async function publishInPlace(
  ctx: ServiceContext,
  ref: PairRef,
  ts: string | null,
  message: PairMessage,
  store: (ts: string) => Promise<void>,
): Promise<void> {
  if (ts !== null) {
    try {
      await ctx.slack.updatePairMessage(ref, ts, message);
      return;
    } catch (error) {
      if (!(error instanceof SlackCallError) || !GONE.includes(error.slackError)) throw error;
    }
  }
  const posted = await ctx.slack.postToPair(ref, message);
  if (posted !== '') await store(posted);
}

const GONE = ['message_not_found', 'cant_update_message', 'edit_window_closed'];

/** The checklist's progress is a courtesy: a failed redraw is logged and the change stands. */
async function redraw(ctx: ServiceContext, ref: PairRef, ts: string, progress: PrepareProgress): Promise<void> {
  await ctx.slack
    .updatePairMessage(ref, ts, { kind: 'prepare', progress })
    .catch((error: unknown) => ctx.log('could not redraw the prepare post', { pairId: ref.id, error: String(error) }));
}
