import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { checkCanLog } from '../../services/nurture/record-log.js';
import { ACTION_HOME_LOG_MEETING } from '../ids.js';
import { onAction } from '../listener.js';
import { meetingLogModal } from '../nurture/meeting-log-modal.js';
import { clickedChannel } from '../kit/click-reply.js';

/** "Log a meeting" on the App Home: the same form as `/mentor-log`, for the pair whose channel the button names. */
export function registerHomeLogMeetingAction(app: App, ctx: ServiceContext): void {
  const options = { failure: 'click' } as const;
  onAction(app, ctx, ACTION_HOME_LOG_MEETING, async ({ teamId, userId, body, client, catalog }) => {
    const c = await catalog();
    const channelId = clickedChannel(body);
    await checkCanLog(ctx, { teamId, channelId, userId });
    // trigger_id expires three seconds after the click: only the membership check comes before this.
    await client.views.open({ trigger_id: body.trigger_id, view: meetingLogModal(c, { channelId }) });
  }, options);
}
