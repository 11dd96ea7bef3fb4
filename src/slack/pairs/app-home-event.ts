import type { App } from '@slack/bolt';
import { loadAppHome } from '../../services/pairs/app-home.js';
import type { ServiceContext } from '../../services/context.js';
import { registerHomeLogMeetingAction } from './home-actions.js';
import { describeError } from '../error-reply.js';
import { appHomeFailedView, appHomeView } from './app-home.js';
import { catalogOf } from '../requester.js';

/**
 * The App Home: each time someone opens the Home tab, their pairs (and, for programme admins, the
 * overview of every active pair) are read afresh and published. Bolt acknowledges events itself;
 * a retried delivery simply publishes the same view again. The Home's own button is wired here too.
 */
export function registerAppHome(app: App, ctx: ServiceContext): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    const userId = event.user;
    const c = await catalogOf(ctx.slack, userId);
    let view;
    try {
      view = appHomeView(c, await loadAppHome(ctx, { teamId: context.teamId ?? body.team_id, userId }));
    } catch (error) {
      view = appHomeFailedView(c, describeError(c, error, ctx.log));
    }
    await client.views.publish({ user_id: userId, view });
  });
  registerHomeLogMeetingAction(app, ctx);
}
