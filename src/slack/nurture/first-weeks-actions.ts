import type { App, BlockAction } from '@slack/bolt';
import { z } from 'zod';
import { catalogFor, fill } from '../../content/index.js';
import { CoachError } from '../../domain/errors.js';
import type { ServiceContext } from '../../services/context.js';
import { sendCalendarFile } from '../../services/nurture/calendar-file.js';
import { meetFromPicker } from '../../services/nurture/set-meeting.js';
import { moveOnAnyway } from '../../services/prepare/engage-readiness.js';
import { addActivityToPlan } from '../../services/prepare/plan-activity.js';
import { ACTION_ADD_TO_PLAN, ACTION_CALENDAR_FILE, ACTION_ENGAGE_ANYWAY, ACTION_FIRST_MEETING_PICK } from '../ids.js';
import { idFromButton, pairIdFromFirstMeetingBlock, readActivityValue, readMoveOnValue } from '../codecs.js';
import { onAction } from '../listener.js';
import { calendarFile, googleLink } from './calendar-ics.js';
import { meetingSavedMessage } from './first-weeks-messages.js';
import { addToPlanReply } from './plan-activity-reply.js';

const pickerAction = z.object({ block_id: z.string(), selected_date_time: z.number().int() });

/** Issue 16's clicks: the first-meeting picker, "Add to calendar", "Move on anyway", "Add to our plan". */
export function registerFirstWeeksActions(app: App, ctx: ServiceContext): void {
  onAction<BlockAction>(app, ctx, ACTION_FIRST_MEETING_PICK, async ({ teamId, userId, catalog, action, reply }) => {
    // A datetimepicker has no value: the pair id rides in the block id, the instant is a UTC epoch.
    const picked = pickerAction.safeParse(action);
    if (!picked.success) throw new CoachError('date_invalid');
    const pairId = pairIdFromFirstMeetingBlock(picked.data.block_id);
    const meeting = await meetFromPicker(ctx, { teamId, userId, pairId, epochSeconds: picked.data.selected_date_time });
    await reply(meetingSavedMessage(await catalog(), meeting));
  });

  onAction(app, ctx, ACTION_CALENDAR_FILE, async ({ teamId, userId, catalog, action, reply }) => {
    const c = await catalog();
    // The file is in the words of whoever asked: it goes to them alone.
    const sent = await sendCalendarFile(ctx, { teamId, userId, pairId: idFromButton(action.value) }, (facts) => calendarFile(c, facts));
    if (sent.outcome === 'noMeeting') await reply({ text: c.firstWeeks.noMeetingSet });
    else await reply({ text: fill(sent.outcome === 'sent' ? c.firstWeeks.fileSent : c.firstWeeks.fileAlreadySent, { link: googleLink(c, sent.facts) }) });
  });

  onAction(app, ctx, ACTION_ENGAGE_ANYWAY, async ({ teamId, userId, catalog, action, reply }) => {
    const c = await catalog();
    const change = await moveOnAnyway(ctx, { teamId, userId, ...readMoveOnValue(action.value) });
    await reply({ text: fill(c.stage.done, { stage: c.stageNames[change.to] }) }, { replace: true });
  });

  onAction(app, ctx, ACTION_ADD_TO_PLAN, async ({ teamId, userId, catalog, action, reply }) => {
    const value = readActivityValue(action.value);
    const outcome = await addActivityToPlan(ctx, { teamId, userId, pairId: value.pairId }, (locale) => catalogFor(locale).nurture.activities[value.index]);
    await reply({ text: addToPlanReply(await catalog(), outcome, userId) });
  });
}
