import { CoachError } from '../../domain/errors.js';
import type { PrepareProgress } from '../../domain/prepare/prep-checklist.js';
import { isOpenStage, type OpenStage, resolveStageChange, type StageTarget } from '../../domain/stages.js';
import { enterStage, type StageChange } from '../pairs/change-stage.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';
import { loadPrepareProgress } from './prep-progress.js';

/** A stage change done, or one that waits for a confirmation: preparation is not complete. */
export type CheckedStageChange =
  | { kind: 'moved'; change: StageChange }
  | { kind: 'confirm'; pairId: number; to: OpenStage; progress: PrepareProgress };

/**
 * `/mentor stage next|engage|nurture` from prepare with the checklist under 4/4: nothing moves yet;
 * the answer says what is missing and asks to confirm ("Move on anyway").
 */
export async function changeStageChecked(ctx: ServiceContext, request: ChannelRequest & { target: StageTarget }): Promise<CheckedStageChange> {
  const pair = await resolveMemberPair(ctx, request);
  const to = resolveStageChange(pair.stage, request.target);
  if (pair.stage === 'prepare' && (to === 'engage' || to === 'nurture')) {
    const progress = await loadPrepareProgress(ctx, pair);
    if (!progress.complete) return { kind: 'confirm', pairId: pair.id, to, progress };
  }
  return { kind: 'moved', change: await enterStage(ctx, pair, to, request.userId) };
}

/** "Move on anyway": only a member, only while the pair is still preparing. */
export async function moveOnAnyway(ctx: ServiceContext, request: { teamId: string; userId: string; pairId: number; to: string }): Promise<StageChange> {
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: request.pairId });
  if (pair.stage !== 'prepare' || !isOpenStage(request.to) || (request.to !== 'engage' && request.to !== 'nurture')) {
    throw new CoachError('stale_action');
  }
  return enterStage(ctx, pair, request.to, request.userId);
}
