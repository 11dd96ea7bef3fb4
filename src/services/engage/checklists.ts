import { checklistChanges, type ChecklistsState, checklistsState, parseChecklistClick } from '../../domain/engage/checklists.js';
import { CoachError } from '../../domain/errors.js';
import { listChecklistTicks, saveChecklistTick } from '../../storage/engage/checklist.repository.js';
import type { DbOrTrx } from '../../storage/db/database.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ServiceContext } from '../context.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { suggestNurtureQuietly } from './suggest-nurture.js';

/** A click on one of the two checklists, as Slack reported it. */
export interface ChecklistClickRequest {
  teamId: string;
  userId: string;
  /** The pair named by the clicked element, and the channel and message it was clicked in. */
  pairId: number;
  channelId: string | undefined;
  messageTs: string;
  list: string;
  /** Option values now selected on the clicked element, and those the message showed before. */
  selected: string[];
  shown: string[] | undefined;
}

export async function loadChecklists(db: DbOrTrx, pairId: number): Promise<ChecklistsState> {
  return checklistsState(await listChecklistTicks(db, pairId));
}

/** Posts the pair's two checklists, ticked as stored. */
export async function postChecklists(ctx: ServiceContext, pair: ActivePair): Promise<void> {
  await ctx.slack.postToPair(pairRef(pair), { kind: 'checklists', state: await loadChecklists(ctx.db, pair.id) });
}

/**
 * Stores what a member's click changed, item by item (who and when), then redraws the clicked
 * message from the stored state. Forged values, another pair's element or a non-member are refused
 * before anything is written.
 */
export async function tickChecklist(ctx: ServiceContext, request: ChecklistClickRequest): Promise<ChecklistsState> {
  const click = parseChecklistClick(request.list, request.selected, request.shown);
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: request.pairId });
  if (request.channelId !== pair.channel_id) throw new CoachError('stale_action');
  const at = ctx.clock();
  await inTransaction(ctx.db, async (trx) => {
    const state = await loadChecklists(trx, pair.id);
    const changes = checklistChanges(click, new Set(state.ticked[click.list]));
    for (const change of changes) {
      await saveChecklistTick(trx, { pairId: pair.id, list: click.list, ...change, by: request.userId, at });
    }
    if (changes.length > 0) await touchActivity(trx, pair.id, at);
  }, { pairId: pair.id });
  await suggestNurtureQuietly(ctx, pair);
  return redraw(ctx, pair, request.messageTs);
}

/**
 * Redraws the message, then checks the store again: when another click landed meanwhile (two
 * members at once), the message is drawn once more, so that the last drawing shows the last state.
 */
async function redraw(ctx: ServiceContext, pair: ActivePair, ts: string): Promise<ChecklistsState> {
  let state = await loadChecklists(ctx.db, pair.id);
  for (let pass = 0; pass < 3; pass += 1) {
    await ctx.slack.updatePairMessage(pairRef(pair), ts, { kind: 'checklists', state });
    const stored = await loadChecklists(ctx.db, pair.id);
    if (JSON.stringify(stored) === JSON.stringify(state)) break;
    state = stored;
  }
  return state;
}
