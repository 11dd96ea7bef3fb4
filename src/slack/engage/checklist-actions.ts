import type { App, BlockButtonAction, BlockCheckboxesAction } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { CoachError } from '../../domain/errors.js';
import { tickChecklist } from '../../services/engage/checklists.js';
import type { ServiceContext } from '../../services/context.js';
import { moreIcebreakers } from '../../services/engage/icebreakers.js';
import { moveToNurtureFromButton } from '../../services/nurture/enter-nurture.js';
import { describeError } from '../error-reply.js';
import { ACTION_CHECKLIST_TICK, ACTION_MORE_ICEBREAKERS, ACTION_SUGGEST_NURTURE } from '../ids.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from '../button-value.js';

/** "Three more questions" under the icebreakers: posts the next ones, or tells the presser none are left. */
export function registerMoreIcebreakersAction(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(ACTION_MORE_ICEBREAKERS, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const pick = await moreIcebreakers(ctx, { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(action.value) });
      if (pick.picked.length === 0) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: c.engageProgress.noMoreIcebreakers });
      }
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}

/** "Move to Nurture" on the suggestion: the stage change, answered like `/mentor stage next`. */
export function registerSuggestNurtureAction(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(ACTION_SUGGEST_NURTURE, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const change = await moveToNurtureFromButton(ctx, { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(action.value) });
      await respond({ response_type: 'ephemeral', replace_original: false, text: fill(c.stage.done, { stage: c.stageNames[change.to] }) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}

/**
 * A tick or untick on either checklist. Slack sends the element's whole selection; the message it
 * came from tells what was shown before, so the service can store just what this click changed.
 * On success the service redraws the message for both members; only refusals are answered.
 */
export function registerChecklistAction(app: App, ctx: ServiceContext): void {
  app.action<BlockCheckboxesAction>(ACTION_CHECKLIST_TICK, async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    try {
      const { list, pairId } = parseBlockId(action.block_id);
      await tickChecklist(ctx, {
        teamId: teamOf(body),
        userId,
        pairId,
        channelId: body.channel?.id,
        messageTs: body.container.message_ts ?? body.message?.ts ?? '',
        list,
        selected: action.selected_options.map((option) => option.value ?? ''),
        shown: shownValues(body.message?.blocks, action.block_id),
      });
    } catch (error) {
      const c = await catalogOf(ctx.slack, userId);
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}

function teamOf(body: { team: { id: string } | null; user: { team_id?: string } }): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

/** `checklist:<list>:<pair id>`, as engage-messages.ts writes it; anything else is not ours. */
function parseBlockId(blockId: string): { list: string; pairId: number } {
  const match = /^checklist:([a-z]+):(\d{1,9})$/.exec(blockId);
  if (!match) throw new CoachError('stale_action');
  return { list: match[1] ?? '', pairId: Number(match[2]) };
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
