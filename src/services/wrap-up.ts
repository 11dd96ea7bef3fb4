import { CoachError } from '../domain/errors.js';
import { countActionItems } from '../storage/action-item.repository.js';
import { meetingLogStats } from '../storage/meeting-log.repository.js';
import { moveStage } from '../storage/pair.repository.js';
import { inTransaction } from '../storage/transaction.js';
import { type ChannelRequest, enterStage, type StageChange } from './change-stage.js';
import type { ServiceContext } from './context.js';
import { replanQuietly } from './nudges.js';
import { type ActivePair, pairRef, requireMemberPair, requireMemberPairById } from './pair-access.js';
import type { RelationshipSummary } from './slack-port.js';

export type WrapUpResult =
  | { kind: 'entered'; change: StageChange }
  | { kind: 'alreadyEvaluating'; pair: ActivePair }
  | { kind: 'closed'; pair: ActivePair; summary: RelationshipSummary };

/** `/wrap-up`: the pair enters evaluate, whose post carries the checklist and the close button. */
export async function startWrapUp(ctx: ServiceContext, request: ChannelRequest): Promise<WrapUpResult> {
  const pair = await requireMemberPair(ctx, request);
  if (pair.stage === 'evaluate') return { kind: 'alreadyEvaluating', pair };
  return { kind: 'entered', change: await enterStage(ctx, pair, 'evaluate', request.userId) };
}

/**
 * `/wrap-up confirm` or the close button. Closing archives the channel, so it is only done from
 * evaluate, after the pair has seen the wrap-up checklist; earlier, it starts the wrap-up instead.
 */
export async function confirmWrapUp(ctx: ServiceContext, request: ChannelRequest): Promise<WrapUpResult> {
  const pair = await requireMemberPair(ctx, request);
  if (pair.stage !== 'evaluate') return startWrapUp(ctx, request);
  return closePair(ctx, pair, request.userId);
}

/** The close button carries the pair id; the clicker must still be one of its members. */
export async function confirmWrapUpFromButton(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<WrapUpResult> {
  const pair = await requireMemberPairById(ctx, request);
  return confirmWrapUp(ctx, { teamId: request.teamId, channelId: pair.channel_id, userId: request.userId });
}

async function closePair(ctx: ServiceContext, pair: ActivePair, actorId: string): Promise<WrapUpResult> {
  const closedAt = ctx.clock();
  const moved = await inTransaction(ctx.db, (trx) =>
    moveStage(trx, { pairId: pair.id, from: pair.stage, to: 'closed', by: actorId, at: closedAt }),
  );
  if (!moved) throw new CoachError('pair_closed');
  const [logs, items] = await Promise.all([meetingLogStats(ctx.db, pair.id), countActionItems(ctx.db, pair.id)]);
  const summary: RelationshipSummary = {
    openedAt: pair.created_at,
    closedAt,
    meetings: logs.count,
    actionItemsDone: items.done,
    actionItemsTotal: items.done + items.open,
  };
  const closed: ActivePair = { ...pair, stage: 'closed', closed_at: closedAt };
  await replanQuietly(ctx, pair.id);
  await ctx.slack.postToPair(pairRef(closed), { kind: 'summary', summary, closedBy: actorId });
  try {
    await ctx.slack.archive(pair.channel_id);
  } catch (error) {
    // The relationship is closed either way; a channel someone already archived needs nothing more.
    ctx.log('could not archive a closed pair channel', { pairId: pair.id, error: String(error) });
  }
  return { kind: 'closed', pair: closed, summary };
}

/** "Start wrapping up" on the open question, which carries a pair id. */
export async function startWrapUpFromButton(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<WrapUpResult> {
  const pair = await requireMemberPairById(ctx, request);
  return startWrapUp(ctx, { teamId: request.teamId, channelId: pair.channel_id, userId: request.userId });
}
