import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { repostLog } from '../../services/nurture/repost-log.js';
import { describeError } from '../error-reply.js';
import { ACTION_LOG_REPOST } from '../ids.js';
import { savedNotPostedMessage } from './log-post-reply.js';
import { textMessage } from '../kit/replies.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from '../button-value.js';

/** "Post it again" under a saved log whose post failed: posts the stored log once, never stores it again. */
export function registerRepostLogAction(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>({ action_id: ACTION_LOG_REPOST }, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const logId = idFromButton(action.value);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const { outcome, items } = await repostLog(ctx, { teamId, userId: body.user.id, logId });
      if (outcome === 'failed') {
        // Still saved, still not posted: the same offer stays, with the button.
        await respond({ response_type: 'ephemeral', replace_original: true, ...savedNotPostedMessage(c, logId, items) });
        return;
      }
      const text = outcome === 'posted' ? c.logLimits.postedNow : c.logLimits.alreadyPosted;
      await respond({ response_type: 'ephemeral', replace_original: true, ...textMessage(text) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
