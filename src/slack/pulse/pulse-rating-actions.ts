import type { App, BlockButtonAction } from '@slack/bolt';
import { rateSession } from '../../services/pulse/session-rating.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton } from '../button-value.js';
import { describeError } from '../error-reply.js';
import { ACTION_SESSION_RATE_PREFIX } from '../ids.js';
import { catalogOf } from '../requester.js';
import { sessionRatingMessage } from './pulse-messages.js';

/** A rating button in a member's direct message: stored (or changed) and the message redrawn, for them alone. */
export function registerPulseRatingActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>({ action_id: new RegExp(`^${ACTION_SESSION_RATE_PREFIX}`) }, async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    try {
      const logId = idFromButton(action.value);
      const rating = action.action_id.slice(ACTION_SESSION_RATE_PREFIX.length);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const rated = await rateSession(ctx, { teamId, userId, logId, rating });
      await respond({ replace_original: true, ...sessionRatingMessage(c, rated.logId, rated.channelId, rated.rating) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
