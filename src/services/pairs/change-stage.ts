import { CoachError } from '../../domain/errors.js';
import { type OpenStage, resolveStageChange, type Stage, type StageTarget } from '../../domain/stages.js';
import { moveStage, touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ServiceContext } from '../context.js';
import { postEngageKit } from '../engage/engage-kit.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { recordPreparePost } from '../prepare/prep-progress.js';
import { type ActivePair, type ChannelRequest, pairRef, resolveMemberPair } from './pair-access.js';

export interface StageChange {
  pair: ActivePair;
  from: Stage;
  to: OpenStage;
}

/** Moves a pair to another stage and posts what that stage brings. */
export async function changeStage(
  ctx: ServiceContext,
  request: ChannelRequest & { target: StageTarget },
): Promise<StageChange> {
  const pair = await resolveMemberPair(ctx, request);
  return enterStage(ctx, pair, resolveStageChange(pair.stage, request.target), request.userId);
}

/** Moves the pair a request resolved (read once, passed down) to `to`, then posts what that stage brings. */
export async function enterStage(
  ctx: ServiceContext,
  pair: ActivePair,
  to: OpenStage,
  actorId: string,
): Promise<StageChange> {
  const from = pair.stage;
  const moved = await inTransaction(ctx.db, async (trx) => {
    const changed = await moveStage(trx, { pairId: pair.id, from, to, by: actorId, at: ctx.clock() });
    if (changed) await touchActivity(trx, pair.id, ctx.clock());
    return changed;
  }, { pairId: pair.id });
  // Someone else moved the pair a moment ago (or Slack delivered the same request twice).
  if (!moved) throw new CoachError('already_in_stage', { stage: to });
  const entered: ActivePair = { ...pair, stage: to };
  const ts = await ctx.slack.postToPair(pairRef(entered), { kind: 'stage', stage: to, changedBy: actorId, from });
  if (to === 'prepare') await recordPreparePost(ctx, entered, ts);
  if (to === 'engage') await postEngageKit(ctx, entered);
  await replanQuietly(ctx, entered);
  return { pair: entered, from, to };
}
