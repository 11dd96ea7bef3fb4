import type { App, BlockButtonAction } from '@slack/bolt';
import { deleteLog, markItemDoneById } from '../../services/action-items.js';
import type { ServiceContext } from '../../services/context.js';
import { describeError } from '../error-reply.js';
import { ACTION_ITEM_DONE, ACTION_LOG_DELETE } from '../ids.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from './button-value.js';

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
}
