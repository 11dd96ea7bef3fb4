import { type Catalog, fill } from '../../content/index.js';
import type { PlannedNudge } from '../../domain/scheduling/nudge-plan.js';
import {
  ACTION_NUDGE_DONE,
  ACTION_NUDGE_SNOOZE,
  ACTION_PAIR_KEEP_GOING,
  ACTION_PAIR_PAUSE,
  ACTION_PAIR_WRAP_UP,
} from '../ids.js';
import { buttonElement, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { buttonValueOf } from '../codecs.js';
import { meetingTime } from '../nurture/agenda-message.js';
import { calendarDay } from '../kit/dates.js';
import { safeText } from '../kit/safe-text.js';

const TEXTS: Record<PlannedNudge, keyof Catalog['nudges']> = {
  prepare_stalled: 'prepareStalled',
  meeting_overdue: 'meetingOverdue',
  action_due: 'actionDue',
  action_overdue: 'actionOverdue',
  expectations_checkin: 'expectationsCheckin',
  end_approaching: 'endApproaching',
  end_reminder: 'endReminder',
  no_response: 'noResponse',
  last_meeting_week: 'lastMeetingWeek',
  last_meeting_day: 'lastMeetingDay',
};

/** A reminder with its answers: snooze or done, or for the open question, pause / keep going / wrap up. */
export function nudgeMessage(
  c: Catalog,
  pairId: number,
  nudge: PlannedNudge,
  jobId: number,
  params: Record<string, string | number>,
): SlackMessage {
  const shown: Record<string, string | number> = { ...params };
  if (typeof params.item === 'string') shown.item = safeText(params.item);
  for (const key of ['due', 'end'] as const) {
    if (typeof params[key] === 'string') shown[key] = calendarDay(params[key], c.locale);
  }
  // The last meeting is an instant: a Slack date token shows it in each reader's own zone.
  if (typeof params.at === 'string' && !Number.isNaN(Date.parse(params.at))) shown.date = meetingTime(new Date(params.at));
  // Owners come from our own records as `<@U…>` mentions; anything else is not shown.
  const owners = typeof params.owners === 'string' && /^<@[UW][A-Z0-9]+>(?: <@[UW][A-Z0-9]+>)?$/.test(params.owners) ? `${params.owners} ` : '';
  const text = owners + fill(c.nudges[TEXTS[nudge]], shown);
  const button = (label: string, actionId: string, value: number, style?: 'primary' | 'danger') =>
    buttonElement(label, actionId, buttonValueOf(value), { style });
  const elements =
    nudge === 'no_response'
      ? [
          button(c.nudges.pauseButton, ACTION_PAIR_PAUSE, pairId),
          button(c.nudges.continueButton, ACTION_PAIR_KEEP_GOING, pairId, 'primary'),
          button(c.nudges.closeButton, ACTION_PAIR_WRAP_UP, pairId),
        ]
      : [button(c.nudges.snoozeButton, ACTION_NUDGE_SNOOZE, jobId), button(c.nudges.doneButton, ACTION_NUDGE_DONE, jobId, 'primary')];
  const blocks: KnownBlock[] = [...sections(`:bell: ${text}`), { type: 'actions', elements }];
  return { text, blocks };
}
