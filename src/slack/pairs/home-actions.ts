import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { checkCanLog } from '../../services/nurture/record-log.js';
import { describeError } from '../error-reply.js';
import { ACTION_HOME_LOG_MEETING } from '../ids.js';
import { catalogOf } from '../requester.js';
import { meetingLogModal } from '../nurture/meeting-log-modal.js';
import { answerClick, clickedChannel } from '../kit/click-reply.js';

/** "Log a meeting" on the App Home: the same form as `/mentor-log`, for the pair whose channel the button names. */
export function registerHomeLogMeetingAction(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(ACTION_HOME_LOG_MEETING, async ({ ack, body, respond, client }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    const channelId = clickedChannel(body);
    try {
      await checkCanLog(ctx, { teamId: body.team?.id ?? body.user.team_id ?? '', channelId, userId });
      // trigger_id expires three seconds after the click: only the membership check comes before this.
      await client.views.open({ trigger_id: body.trigger_id, view: meetingLogModal(c, { channelId }) });
    } catch (error) {
      await answerClick({ body, respond, client }, c, describeError(c, error, ctx.log), ctx.log);
    }
  });
}
