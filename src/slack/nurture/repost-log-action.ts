import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { repostLog } from '../../services/nurture/repost-log.js';
import { ACTION_LOG_REPOST } from '../ids.js';
import { savedNotPostedMessage } from './log-post-reply.js';
import { textMessage } from '../kit/replies.js';
import { onAction } from '../listener.js';
import { idFromButton } from '../codecs.js';

/** "Post it again" under a saved log whose post failed: posts the stored log once, never stores it again. */
export function registerRepostLogAction(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_LOG_REPOST, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    const logId = idFromButton(action.value);
    const { outcome, items } = await repostLog(ctx, { teamId, userId, logId });
    if (outcome === 'failed') {
      // Still saved, still not posted: the same offer stays, with the button.
      await reply(savedNotPostedMessage(c, logId, items), { replace: true });
      return;
    }
    const text = outcome === 'posted' ? c.logLimits.postedNow : c.logLimits.alreadyPosted;
    await reply(textMessage(text), { replace: true });
  });
}
