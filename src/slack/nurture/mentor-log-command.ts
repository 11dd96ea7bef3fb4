import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { checkCanLog, todayOf } from '../../services/nurture/record-log.js';
import { logOrMeetFromText } from '../../services/nurture/log-or-meet.js';
import { meetingSavedMessage } from './first-weeks-messages.js';
import { describeError } from '../error-reply.js';
import { savedNotPostedMessage } from './log-post-reply.js';
import { textMessage } from '../kit/replies.js';
import { catalogOf } from '../requester.js';
import { meetingLogModal } from './meeting-log-modal.js';

/** `/mentor-log notes` records at once; `/mentor-log` alone opens the form. */
export function registerMentorLogCommand(app: App, ctx: ServiceContext): void {
  app.command('/mentor-log', async ({ command, ack, respond, client }) => {
    await ack();
    const c = await catalogOf(ctx.slack, command.user_id);
    const who = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
    try {
      if ((command.text ?? '').trim() === '') {
        await checkCanLog(ctx, who);
        // The author's zone comes from the user directory already warmed by catalogOf above.
        const today = await todayOf(ctx, who.userId);
        // trigger_id expires three seconds after the command: nothing slow may come before this.
        await client.views.open({ trigger_id: command.trigger_id, view: meetingLogModal(c, { channelId: who.channelId }, { today }) });
        return;
      }
      const outcome = await logOrMeetFromText(ctx, { ...who, text: command.text });
      if (outcome.kind === 'meeting') {
        await respond({ response_type: 'ephemeral', ...meetingSavedMessage(c, outcome.meeting) });
        return;
      }
      const log = outcome.log;
      if (!log.posted) {
        await respond({ response_type: 'ephemeral', ...savedNotPostedMessage(c, log.id, log.actionItems.length) });
        return;
      }
      const saved = fill(c.log.saved, { count: log.actionItems.length });
      await respond({ response_type: 'ephemeral', ...textMessage(log.actionItems.length > 0 ? saved : `${saved}\n${c.log.syntaxHint}`) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', text: describeError(c, error, ctx.log) });
    }
  });
}
