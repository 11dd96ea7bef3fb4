import type { App, BlockAction, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { catalogFor, fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { sendCalendarFile } from '../../services/nurture/calendar-file.js';
import { meetFromPicker } from '../../services/nurture/set-meeting.js';
import { moveOnAnyway } from '../../services/prepare/engage-readiness.js';
import { addActivityToPlan } from '../../services/prepare/plan-activity.js';
import { describeError } from '../error-reply.js';
import { ACTION_ADD_TO_PLAN, ACTION_CALENDAR_FILE, ACTION_ENGAGE_ANYWAY, ACTION_FIRST_MEETING_PICK, FIRST_MEETING_BLOCK_PREFIX } from '../ids.js';
import { idFromButton } from '../codecs.js';
import { catalogOf } from '../requester.js';
import { calendarFile, googleLink } from './calendar-ics.js';
import { meetingSavedMessage } from './first-weeks-messages.js';
import { addToPlanReply } from './plan-activity-reply.js';
import { readActivityValue } from './plan-activity-blocks.js';
import { CoachError } from '../../domain/errors.js';

const pickerAction = z.object({ block_id: z.string(), selected_date_time: z.number().int() });
const teamOf = (body: BlockAction) => body.team?.id ?? body.user.team_id ?? '';

/** Issue 16's clicks: the first-meeting picker, "Add to calendar", "Move on anyway", "Add to our plan". */
export function registerFirstWeeksActions(app: App, ctx: ServiceContext): void {
  app.action<BlockAction>({ action_id: ACTION_FIRST_MEETING_PICK }, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const picked = pickerAction.safeParse(action);
      const block = picked.success && picked.data.block_id.startsWith(FIRST_MEETING_BLOCK_PREFIX) ? picked.data.block_id.slice(FIRST_MEETING_BLOCK_PREFIX.length) : '';
      if (!picked.success) throw new CoachError('date_invalid');
      const meeting = await meetFromPicker(ctx, {
        teamId: teamOf(body),
        userId: body.user.id,
        pairId: idFromButton(block),
        epochSeconds: picked.data.selected_date_time,
      });
      await respond({ response_type: 'ephemeral', replace_original: false, ...meetingSavedMessage(c, meeting) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });

  app.action<BlockButtonAction>(ACTION_CALENDAR_FILE, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const who = { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(action.value) };
      // The file is in the words of whoever asked: it goes to them alone.
      const sent = await sendCalendarFile(ctx, who, (facts) => calendarFile(c, facts));
      const text = sent.outcome === 'sent' ? fill(c.firstWeeks.fileSent, { link: googleLink(c, sent.facts) }) : c.firstWeeks.noMeetingSet;
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });

  app.action<BlockButtonAction>(ACTION_ENGAGE_ANYWAY, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const [id, to] = (action.value ?? '').split(':');
      const change = await moveOnAnyway(ctx, { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(id), to: to ?? '' });
      await respond({ response_type: 'ephemeral', replace_original: true, text: fill(c.stage.done, { stage: c.stageNames[change.to] }) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });

  app.action<BlockButtonAction>(ACTION_ADD_TO_PLAN, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const value = readActivityValue(action.value);
      if (!value) throw new CoachError('stale_action');
      const outcome = await addActivityToPlan(ctx, { teamId: teamOf(body), userId: body.user.id, pairId: value.pairId }, (locale) =>
        catalogFor(locale).nurture.activities[value.index],
      );
      await respond({ response_type: 'ephemeral', replace_original: false, text: addToPlanReply(c, outcome, body.user.id) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
