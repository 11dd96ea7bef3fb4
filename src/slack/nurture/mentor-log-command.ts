import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { checkCanLog, recordLogFromText, todayOf } from '../../services/nurture/record-log.js';
import { savedNotPostedMessage } from './log-post-reply.js';
import { textMessage } from '../kit/replies.js';
import { onCommand } from '../listener.js';
import { meetingLogModal } from './meeting-log-modal.js';

/** `/mentor-log notes` records at once; `/mentor-log` alone opens the form. */
export function registerMentorLogCommand(app: App, ctx: ServiceContext): void {
  onCommand(app, ctx, '/mentor-log', async ({ teamId, userId, command, client, catalog, reply }) => {
    const c = await catalog();
    const who = { teamId, channelId: command.channel_id, userId };
    if ((command.text ?? '').trim() === '') {
      await checkCanLog(ctx, who);
      // The author's zone comes from the user directory already warmed by catalog() above.
      const today = await todayOf(ctx, who.userId);
      // trigger_id expires three seconds after the command: nothing slow may come before this.
      await client.views.open({ trigger_id: command.trigger_id, view: meetingLogModal(c, { channelId: who.channelId }, { today }) });
      return;
    }
    const log = await recordLogFromText(ctx, { ...who, text: command.text });
    if (!log.posted) {
      await reply(savedNotPostedMessage(c, log.id, log.actionItems.length));
      return;
    }
    const saved = fill(c.log.saved, { count: log.actionItems.length });
    await reply(textMessage(log.actionItems.length > 0 ? saved : `${saved}\n${c.log.syntaxHint}`));
  });
}
