import type { App, BlockCheckboxesAction } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { tickChecklist } from '../../services/engage/checklists.js';
import type { ServiceContext } from '../../services/context.js';
import { moreIcebreakers } from '../../services/engage/icebreakers.js';
import { enterNurture } from '../../services/nurture/enter-nurture.js';
import { ACTION_CHECKLIST_TICK, ACTION_MORE_ICEBREAKERS, ACTION_SUGGEST_NURTURE } from '../ids.js';
import { onAction } from '../listener.js';
import { idFromButton, parseChecklistBlockId } from '../codecs.js';

/** "Three more questions" under the icebreakers: posts the next ones, or tells the presser none are left. */
export function registerMoreIcebreakersAction(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_MORE_ICEBREAKERS, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    const pick = await moreIcebreakers(ctx, { teamId, userId, pairId: idFromButton(action.value) });
    if (pick.picked.length === 0) await reply({ text: c.engageProgress.noMoreIcebreakers });
  });
}

/** "Move to Nurture" on the suggestion: the stage change, answered like `/mentor stage next`. */
export function registerSuggestNurtureAction(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_SUGGEST_NURTURE, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    const change = await enterNurture(ctx, { teamId, userId, pairId: idFromButton(action.value) });
    await reply({ text: fill(c.stage.done, { stage: c.stageNames[change.to] }) });
  });
}

/**
 * A tick or untick on either checklist. Slack sends the element's whole selection; the message it
 * came from tells what was shown before, so the service can store just what this click changed.
 * On success the service redraws the message for both members; only refusals are answered.
 */
export function registerChecklistAction(app: App, ctx: ServiceContext): void {
  onAction<BlockCheckboxesAction>(app, ctx, ACTION_CHECKLIST_TICK, async ({ teamId, userId, body, action }) => {
    const { list, pairId } = parseChecklistBlockId(action.block_id);
    await tickChecklist(ctx, {
      teamId,
      userId,
      pairId,
      channelId: body.channel?.id,
      messageTs: body.container.message_ts ?? body.message?.ts ?? '',
      list,
      selected: action.selected_options.map((option) => option.value ?? ''),
      shown: shownValues(body.message?.blocks, action.block_id),
    });
  });
}
/** The options the message showed as ticked in this block; undefined when the message is not in the payload. */
function shownValues(blocks: unknown, blockId: string): string[] | undefined {
  if (!Array.isArray(blocks)) return undefined;
  const block = blocks.find((b: { block_id?: unknown }) => b.block_id === blockId) as { elements?: unknown } | undefined;
  if (block === undefined || !Array.isArray(block.elements)) return undefined;
  const element = block.elements.find((e: { action_id?: unknown }) => e.action_id === ACTION_CHECKLIST_TICK) as
    | { initial_options?: Array<{ value?: unknown }> }
    | undefined;
  if (element === undefined) return undefined;
  return (element.initial_options ?? []).map((option) => String(option.value ?? ''));
}
