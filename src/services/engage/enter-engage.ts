import { CoachError } from '../../domain/errors.js';
import { resolveStageChange } from '../../domain/stages.js';
import { enterStage, type StageChange } from '../pairs/change-stage.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';

/** The suggestion's button: moves a pair that is still preparing to "start the conversation". */
export async function enterEngage(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<StageChange> {
  const pair = await resolveMemberPair(ctx, request);
  // Pressed after the pair moved on: never send it back to engage from a later stage.
  if (pair.stage !== 'prepare') throw new CoachError('stale_action');
  return enterStage(ctx, pair, resolveStageChange(pair.stage, 'engage'), request.userId);
}
