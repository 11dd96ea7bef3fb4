import type { App, BlockButtonAction } from '@slack/bolt';
import { deleteLog, markItemDoneById } from '../../services/nurture/action-items.js';
import type { ServiceContext } from '../../services/context.js';
import { openLogEditor } from '../../services/nurture/edit-log.js';
import { describeError } from '../error-reply.js';
import { ACTION_ITEM_DONE, ACTION_LOG_DELETE, ACTION_LOG_EDIT } from '../ids.js';
import { catalogOf } from '../requester.js';
import { meetingLogModal } from './meeting-log-modal.js';
import { idFromButton } from '../button-value.js';

/** "Done" beside an action item of a posted meeting log; the record is redrawn from what is stored. */
export function registerActionItemActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>({ action_id: ACTION_ITEM_DONE }, async ({ ack, body, action, respond }) => {
    await ack();
    try {
      const itemId = idFromButton(action.value);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      await markItemDoneById(ctx, { teamId, userId: body.user.id, itemId });
    } catch (error) {
      const c = await catalogOf(ctx.slack, body.user.id);
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });

  app.action<BlockButtonAction>({ action_id: ACTION_LOG_DELETE }, async ({ ack, body, action, respond }) => {
    await ack();
    try {
      const logId = idFromButton(action.value);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      await deleteLog(ctx, { teamId, userId: body.user.id, logId });
    } catch (error) {
      const c = await catalogOf(ctx.slack, body.user.id);
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });

  app.action<BlockButtonAction>({ action_id: ACTION_LOG_EDIT }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const logId = idFromButton(action.value);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const editor = await openLogEditor(ctx, { teamId, userId: body.user.id, logId });
      const view = meetingLogModal(c, { channelId: editor.channelId, logId: editor.logId }, { editor });
      await client.views.open({ trigger_id: body.trigger_id, view });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
