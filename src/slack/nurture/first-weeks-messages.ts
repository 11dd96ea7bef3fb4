import { type Catalog, fill } from '../../content/index.js';
import { FIRST_MEETING_TOPICS } from '../../domain/nurture/agenda.js';
import type { FirstWeeksMessage } from '../../services/nurture/first-weeks-messages.js';
import type { PairRef } from '../../services/slack-port.js';
import { ACTION_CALENDAR_FILE, ACTION_FIRST_MEETING_PICK } from '../ids.js';
import { buttonValueOf, firstMeetingBlockId } from '../codecs.js';
import { button, context, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { safeText } from '../kit/safe-text.js';
import { meetingTime } from './agenda-message.js';

const mention = (userId: string) => `<@${userId}>`;

/** "Add to calendar": the .ics file goes to whoever clicks, in a direct message. */
export function calendarButton(c: Catalog, pairId: number): KnownBlock {
  return button(c.firstWeeks.calendarButton, ACTION_CALENDAR_FILE, buttonValueOf(pairId));
}

/** The first meeting's agenda topics, in order. */
export function firstMeetingTopics(c: Catalog): string[] {
  return FIRST_MEETING_TOPICS.map((topic) => c.firstWeeks.firstMeetingTopics[topic]);
}

/**
 * "Plan our first meeting": Slack's date and time picker, shown in the member's own zone; the
 * pair id rides in the block id (a datetimepicker has no value).
 */
export function firstMeetingPicker(c: Catalog, pairId: number): KnownBlock[] {
  return [
    ...sections(c.firstWeeks.planFirstMeeting),
    {
      type: 'actions',
      block_id: firstMeetingBlockId(pairId),
      elements: [{ type: 'datetimepicker', action_id: ACTION_FIRST_MEETING_PICK }],
    },
    context(c.firstWeeks.planFirstMeetingHint),
  ];
}

/** Issue 16's channel posts. */
export function renderFirstWeeksMessage(c: Catalog, pair: PairRef, message: FirstWeeksMessage): SlackMessage {
  const f = c.firstWeeks;
  switch (message.kind) {
    case 'meetingSet': {
      const text = fill(message.first ? f.firstMeetingSet : f.meetingSet, { user: mention(message.userId), date: meetingTime(message.at) });
      return { text, blocks: [...sections(text), calendarButton(c, pair.id)] };
    }
    case 'addedToPlan': {
      const text = fill(f.addedToPlan, { user: mention(message.userId), step: safeText(message.step), number: message.number });
      return { text, blocks: [context(text)] };
    }
  }
}

/** To whoever set the meeting. */
export function meetingSavedMessage(c: Catalog, meeting: { at: Date; pairId: number }): SlackMessage {
  const text = fill(c.firstWeeks.meetingSaved, { date: meetingTime(meeting.at) });
  return { text, blocks: [...sections(text), calendarButton(c, meeting.pairId)] };
}
