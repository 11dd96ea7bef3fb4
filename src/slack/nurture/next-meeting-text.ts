import { type Catalog, fill } from '../../content/index.js';
import type { ShownMeeting } from '../../services/nurture/agenda.js';
import { meetingTime } from './agenda-message.js';

/** The next meeting in each reader's own zone, saying so when the date is only the two-week default. */
export function shownMeeting(c: Catalog, meeting: ShownMeeting): string {
  const date = meetingTime(meeting.at);
  return meeting.guessed ? fill(c.status.guessedMeeting, { date }) : date;
}
