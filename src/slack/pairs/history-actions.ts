import type { App } from '@slack/bolt';
import { parseHistoryPage } from '../../domain/pairs/history.js';
import type { ServiceContext } from '../../services/context.js';
import { meetingHistory } from '../../services/pairs/history.js';
import { historyMessage } from './history-message.js';
import { ACTION_HISTORY_NEWER, ACTION_HISTORY_OLDER } from '../ids.js';
import { onAction } from '../listener.js';

/** "Older" and "Newer" under `/mentor history`: the ephemeral answer is replaced by the page asked for. */
export function registerHistoryActions(app: App, ctx: ServiceContext): void {
  const pages = new RegExp(`^(${ACTION_HISTORY_OLDER}|${ACTION_HISTORY_NEWER})$`);
  onAction(app, ctx, pages, async ({ teamId, userId, body, action, catalog, reply }) => {
    const c = await catalog();
    const page = parseHistoryPage(action.value);
    const who = { teamId, channelId: body.channel?.id ?? '', userId };
    await reply(historyMessage(c, await meetingHistory(ctx, who, page)), { replace: true });
  });
}
