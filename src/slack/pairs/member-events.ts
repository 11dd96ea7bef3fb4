import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { type ChangedUser, recordMemberChange } from '../../services/pairs/members.js';

/**
 * `user_change`: a member changed their zone, name or role. The stored profile the scheduler reads
 * follows at once, so a nudge never needs users.info first. Storing the same change twice (Slack
 * retries an event) changes nothing.
 */
export function registerMemberEvents(app: App, ctx: ServiceContext): void {
  app.event('user_change', async ({ event, body, context }) => {
    const teamId = context.teamId ?? body.team_id;
    if (typeof teamId !== 'string') return;
    await recordMemberChange(ctx, teamId, event.user as ChangedUser);
  });
}
