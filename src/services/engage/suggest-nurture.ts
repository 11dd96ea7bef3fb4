import { agreementComplete, checklistsState } from '../../domain/engage/checklists.js';
import { listChecklistTicks } from '../../storage/engage/checklist.repository.js';
import { meetingLogStats } from '../../storage/nurture/meeting-log.repository.js';
import { claimSuggestion, releaseSuggestion } from '../../storage/engage/suggestion.repository.js';
import type { ServiceContext } from '../context.js';
import { type ActivePair, pairRef } from '../pairs/pair-access.js';

const NURTURE = 'nurture';

/**
 * Once a pair starting the conversation has its working agreement complete and a meeting logged,
 * suggests moving on to nurture, with a button. Made once per pair: the claim is stored first, so
 * two triggers at once post one suggestion; true when this call posted it. `pair` is the one the
 * request resolved, its stage as it is now.
 */
export async function suggestNurtureIfReady(ctx: ServiceContext, pair: ActivePair): Promise<boolean> {
  if (pair.stage !== 'engage') return false;
  const pairId = pair.id;
  const [ticks, logs] = await Promise.all([listChecklistTicks(ctx.db, pairId), meetingLogStats(ctx.db, pairId)]);
  if (!agreementComplete(checklistsState(ticks)) || logs.count === 0) return false;
  if (!(await claimSuggestion(ctx.db, pairId, NURTURE, ctx.clock()))) return false;
  try {
    await ctx.slack.postToPair(pairRef(pair), { kind: 'suggestNurture' });
  } catch (error) {
    // Not posted: the next tick or log tries again.
    await releaseSuggestion(ctx.db, pairId, NURTURE);
    throw error;
  }
  return true;
}

/** After a tick or a log, which are stored already: a failure here is logged, not shown. */
export async function suggestNurtureQuietly(ctx: ServiceContext, pair: ActivePair): Promise<void> {
  await suggestNurtureIfReady(ctx, pair).catch((error: unknown) =>
    ctx.log('could not suggest moving to nurture', { pairId: pair.id, error: error instanceof Error ? error.message : String(error) }),
  );
}
