import ical from 'ical-generator';
import { type Catalog, fill } from '../../content/index.js';
import { googleCalendarLink } from '../../domain/nurture/calendar-event.js';
import type { CalendarFileFacts } from '../../services/nurture/calendar-file.js';
import type { UploadedFile } from '../../services/slack-port.js';
import { meetingTime } from './agenda-message.js';

/** Calendar text is plain: Slack's mention and link syntax would show as it is. */
const plain = (text: string) => text.replace(/[<>]/g, '');

function eventTexts(c: Catalog, facts: CalendarFileFacts): { title: string; details: string } {
  const names = { mentor: plain(facts.mentor), mentee: plain(facts.mentee) };
  return { title: fill(c.firstWeeks.eventTitle, names), details: fill(c.firstWeeks.eventDetails, { ...names, link: facts.link }) };
}

/**
 * The meeting as an .ics file (RFC 5545, written by ical-generator): both names, the agreed length,
 * the channel's link; UID and SEQUENCE as stored, so a moved meeting updates the same event.
 */
export function calendarFile(c: Catalog, facts: CalendarFileFacts): UploadedFile {
  const { title, details } = eventTexts(c, facts);
  const calendar = ical({ name: title, prodId: { company: 'mentor-coach', product: 'mentor-coach', language: c.locale.toUpperCase() } });
  calendar.createEvent({
    id: facts.uid,
    sequence: facts.sequence,
    stamp: facts.stamp,
    start: facts.start,
    end: new Date(facts.start.getTime() + facts.minutes * 60_000),
    summary: title,
    description: details,
    url: facts.link,
  });
  return {
    filename: 'mentoring-meeting.ics',
    title,
    content: calendar.toString(),
    initialComment: fill(c.firstWeeks.fileComment, { date: meetingTime(facts.start) }),
  };
}

/** The same meeting as a Google Calendar link. */
export function googleLink(c: Catalog, facts: CalendarFileFacts): string {
  const { title, details } = eventTexts(c, facts);
  return googleCalendarLink({ title, details, start: facts.start, minutes: facts.minutes });
}
