import type { App } from '@slack/bolt';
import { rateSession } from '../../services/pulse/session-rating.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton, ratingFromActionId } from '../codecs.js';
import { ACTION_SESSION_RATE_PREFIX } from '../ids.js';
import { onAction } from '../listener.js';
import { sessionRatingMessage } from './pulse-messages.js';

/** A rating button in a member's direct message: stored (or changed) and the message redrawn, for them alone. */
export function registerPulseRatingActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, new RegExp(`^${ACTION_SESSION_RATE_PREFIX}`), async ({ teamId, userId, catalog, action, reply }) => {
    const logId = idFromButton(action.value);
    const rated = await rateSession(ctx, { teamId, userId, logId, rating: ratingFromActionId(ACTION_SESSION_RATE_PREFIX, action.action_id) });
    await reply(sessionRatingMessage(await catalog(), rated.logId, rated.channelId, rated.rating), { replace: true });
  });
}
