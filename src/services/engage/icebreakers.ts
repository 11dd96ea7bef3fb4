import { ICEBREAKER_COUNT, type IcebreakerPick, nextIcebreakers } from '../../domain/engage/icebreakers.js';
import {
  forgetIcebreakers,
  listShownIcebreakers,
  lockPairRow,
  markIcebreakersShown,
} from '../../storage/engage/icebreaker.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ServiceContext } from '../context.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';

/**
 * The pair's next unseen icebreakers, recorded as shown in the same transaction. The pair's row is
 * locked meanwhile, so two presses at once get different questions, never the same ones twice.
 */
export async function takeIcebreakers(ctx: ServiceContext, pairId: number): Promise<IcebreakerPick> {
  return inTransaction(ctx.db, async (trx) => {
    await lockPairRow(trx, pairId);
    const shown = new Set(await listShownIcebreakers(trx, pairId));
    const pick = nextIcebreakers(pairId, ICEBREAKER_COUNT, shown);
    await markIcebreakersShown(trx, pairId, pick.picked, ctx.clock());
    return pick;
  });
}

/** Posts the pair's next three icebreakers in its channel (or, when all were shown, says so). */
export async function postIcebreakers(ctx: ServiceContext, pair: ActivePair): Promise<IcebreakerPick> {
  const pick = await takeIcebreakers(ctx, pair.id);
  await post(ctx, pair, pick);
  return pick;
}

/**
 * "Three more questions", pressed by a member: the next three unseen icebreakers in the channel.
 * When every one has been shown, nothing is posted and the pick comes back empty.
 */
export async function moreIcebreakers(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<IcebreakerPick> {
  const pair = await resolveMemberPair(ctx, request);
  await touchActivity(ctx.db, pair.id, ctx.clock());
  const pick = await takeIcebreakers(ctx, pair.id);
  if (pick.picked.length > 0) await post(ctx, pair, pick);
  return pick;
}

/** Questions that never reached the channel are not counted as shown. */
async function post(ctx: ServiceContext, pair: ActivePair, pick: IcebreakerPick): Promise<void> {
  try {
    await ctx.slack.postToPair(pairRef(pair), { kind: 'icebreakers', questions: pick.picked, remaining: pick.remaining });
  } catch (error) {
    await forgetIcebreakers(ctx.db, pair.id, pick.picked);
    throw error;
  }
}
