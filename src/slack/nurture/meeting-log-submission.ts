import type { App } from '@slack/bolt';
import { z } from 'zod';
import { fill } from '../../content/index.js';
import { MAX_ACTION_ITEMS_PER_LOG } from '../../domain/nurture/action-item-cap.js';
import type { LogField, LogFieldError } from '../../domain/nurture/meeting-log.js';
import { MAX_LOG_LENGTH } from '../../domain/nurture/meeting-log.js';
import type { ServiceContext } from '../../services/context.js';
import { storedNextMeeting, updateLog } from '../../services/nurture/edit-log.js';
import { checkLogForm, recordLog } from '../../services/nurture/record-log.js';
import { LOG_BLOCKS, VIEW_MEETING_LOG } from '../ids.js';
import { savedNotPostedMessage } from './log-post-reply.js';
import { onView } from '../listener.js';
import { acceptOnce, releaseAfterFailure } from '../kit/accept-once.js';
import { refusedNonMember } from '../kit/member-check.js';
import { readInput, readMetadata } from '../kit/view-state.js';

const metadataSchema = z.object({
  channelId: z.string().regex(/^[CGD][A-Z0-9]{2,}$/),
  logId: z.number().int().positive().optional(),
});

/** The `/mentor-log` form: mistakes go back beside their fields; a valid log is stored and posted. */
export function registerMeetingLogSubmission(app: App, ctx: ServiceContext): void {
  // Answered within Slack's window whatever the database does (see form-window.ts).
  onView(app, ctx, VIEW_MEETING_LOG, async ({ ack, body, view, client, teamId, userId, catalog, describe, tell }) => {
    const c = await catalog();
    const metadata = readMetadata(view.private_metadata, metadataSchema);
    if (!metadata) {
      await ack({ response_action: 'errors', errors: { [LOG_BLOCKS.summary]: c.errors.not_pair_channel } });
      return;
    }
    const who = { teamId, channelId: metadata.channelId, userId };
    // Who is asking comes before what they wrote: a form from outside the pair is never read.
    if (await refusedNonMember(ctx, c, ack, who, LOG_BLOCKS.summary)) return;
    const input = {
      summary: readInput(view.state.values, LOG_BLOCKS.summary),
      achievements: readInput(view.state.values, LOG_BLOCKS.achievements),
      nextSteps: readInput(view.state.values, LOG_BLOCKS.nextSteps),
      nextMeetingOn: readInput(view.state.values, LOG_BLOCKS.nextMeetingOn),
      metOn: readInput(view.state.values, LOG_BLOCKS.metOn),
      nextMeetingTime: readInput(view.state.values, LOG_BLOCKS.nextMeetingTime),
      privateNote: readInput(view.state.values, LOG_BLOCKS.privateNote),
    };
    // An edit may keep a next meeting that has passed since; only a new date must lie ahead.
    const previous = metadata.logId === undefined ? undefined : await storedNextMeeting(ctx, metadata.logId);
    // Each field's size is checked before the next steps are parsed (see validateLogForm).
    const checked = await checkLogForm(ctx, userId, input, previous);
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      for (const [field, code] of Object.entries(checked.errors) as Array<[LogField, LogFieldError]>) {
        errors[LOG_BLOCKS[field]] =
          code === 'tooManyItems'
            ? fill(c.logLimits.tooManyItems, { max: MAX_ACTION_ITEMS_PER_LOG })
            : fill(c.log.fieldErrors[code], { max: MAX_LOG_LENGTH });
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    if (!(await acceptOnce(ctx, c, body, ack, LOG_BLOCKS.summary))) return;
    try {
      if (metadata.logId === undefined) {
        const log = await recordLog(ctx, who, checked.draft, 'form');
        if (!log.posted) {
          await client.chat
            .postEphemeral({ channel: metadata.channelId, user: userId, ...savedNotPostedMessage(c, log.id, log.actionItems.length) })
            .catch((failure: unknown) => ctx.log('could not offer to post a saved log again', { error: String(failure) }));
        }
      } else await updateLog(ctx, { teamId: who.teamId, userId, logId: metadata.logId }, checked.draft);
    } catch (error) {
      await releaseAfterFailure(ctx, body, error);
      // A modal has no response_url: the answer goes to the author alone, in the channel.
      await tell(metadata.channelId, { text: await describe(error) }, 'could not tell the author why the log failed');
    }
  });
}
