import type { App, BlockButtonAction } from '@slack/bolt';
import { parseHistoryPage } from '../../domain/pairs/history.js';
import type { ServiceContext } from '../../services/context.js';
import { meetingHistory } from '../../services/pairs/history.js';
import { describeError } from '../error-reply.js';
import { historyMessage } from './history-message.js';
import { ACTION_HISTORY_NEWER, ACTION_HISTORY_OLDER } from '../ids.js';
import { catalogOf } from '../requester.js';

/** "Older" and "Newer" under `/mentor history`: the ephemeral answer is replaced by the page asked for. */
export function registerHistoryActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(
    { action_id: new RegExp(`^(${ACTION_HISTORY_OLDER}|${ACTION_HISTORY_NEWER})$`) },
    async ({ ack, body, action, respond }) => {
      await ack();
      const c = await catalogOf(ctx.slack, body.user.id);
      try {
        const page = parseHistoryPage(action.value);
        const teamId = body.team?.id ?? body.user.team_id ?? '';
        const who = { teamId, channelId: body.channel?.id ?? '', userId: body.user.id };
        const reply = historyMessage(c, await meetingHistory(ctx, who, page));
        await respond({ response_type: 'ephemeral', replace_original: true, ...reply });
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
      }
    },
  );
}
