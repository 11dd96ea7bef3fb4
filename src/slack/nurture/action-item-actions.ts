import type { App } from '@slack/bolt';
import { deleteLog, markItemDoneById } from '../../services/nurture/action-items.js';
import type { ServiceContext } from '../../services/context.js';
import { openLogEditor } from '../../services/nurture/edit-log.js';
import { ACTION_ITEM_DONE, ACTION_LOG_DELETE, ACTION_LOG_EDIT } from '../ids.js';
import { onAction } from '../listener.js';
import { meetingLogModal } from './meeting-log-modal.js';
import { idFromButton } from '../codecs.js';

/** "Done" beside an action item of a posted meeting log; the record is redrawn from what is stored. */
export function registerActionItemActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_ITEM_DONE, async ({ teamId, userId, action }) => {
    await markItemDoneById(ctx, { teamId, userId, itemId: idFromButton(action.value) });
  });

  onAction(app, ctx, ACTION_LOG_DELETE, async ({ teamId, userId, action }) => {
    await deleteLog(ctx, { teamId, userId, logId: idFromButton(action.value) });
  });

  onAction(app, ctx, ACTION_LOG_EDIT, async ({ teamId, userId, action, body, client, catalog }) => {
    const c = await catalog();
    const editor = await openLogEditor(ctx, { teamId, userId, logId: idFromButton(action.value) });
    const view = meetingLogModal(c, { channelId: editor.channelId, logId: editor.logId }, { editor });
    await client.views.open({ trigger_id: body.trigger_id, view });
  });
}
