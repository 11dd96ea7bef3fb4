import { CoachError } from '../../domain/errors.js';
import { type StageChange, enterStage } from '../pairs/change-stage.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';

/** "Move to Nurture" on the suggestion: the usual stage change, only from "start the conversation". */
export async function enterNurture(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<StageChange> {
  const pair = await resolveMemberPair(ctx, request);
  if (pair.stage === 'nurture') throw new CoachError('already_in_stage', { stage: 'nurture' });
  if (pair.stage !== 'engage') throw new CoachError('stale_action');
  return enterStage(ctx, pair, 'nurture', request.userId);
}
