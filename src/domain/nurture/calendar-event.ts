import { DateTime } from 'luxon';

/** A meeting lasts this long unless the agreement says otherwise. */
export const DEFAULT_MEETING_MINUTES = 45;

/** The event as last handed out for a pair (calendar_events). */
export interface StoredCalendarEvent {
  uid: string;
  sequence: number;
  meetingAt: Date;
}

export interface CalendarEventIdentity {
  uid: string;
  sequence: number;
  /** Whether the stored event must be written (new, or moved). */
  changed: boolean;
}

/**
 * Which UID and SEQUENCE the file for the meeting at `meetingAt` carries. A stored event still
 * ahead of `now` is the same meeting, moved or not: same UID, SEQUENCE raised when the time
 * changed, so a calendar moves its event instead of adding a second one. A stored event already
 * past was another meeting: the new one gets a fresh UID.
 */
export function calendarIdentity(
  stored: StoredCalendarEvent | undefined,
  meetingAt: Date,
  now: Date,
  freshUid: () => string,
): CalendarEventIdentity {
  if (stored === undefined || stored.meetingAt.getTime() <= now.getTime()) {
    return { uid: freshUid(), sequence: 0, changed: true };
  }
  if (stored.meetingAt.getTime() === meetingAt.getTime()) return { uid: stored.uid, sequence: stored.sequence, changed: false };
  return { uid: stored.uid, sequence: stored.sequence + 1, changed: true };
}

export interface CalendarLinkFacts {
  title: string;
  details: string;
  start: Date;
  minutes: number;
}

const googleTime = (at: Date) => DateTime.fromJSDate(at, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");

/** "Add to Google Calendar": Google's documented event template link, times in UTC. */
export function googleCalendarLink(facts: CalendarLinkFacts): string {
  const end = new Date(facts.start.getTime() + facts.minutes * 60_000);
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: facts.title,
    dates: `${googleTime(facts.start)}/${googleTime(end)}`,
    details: facts.details,
  });
  return `https://calendar.google.com/calendar/render?${query.toString()}`;
}

/** The pair's channel, as a link that opens it in Slack from a calendar. */
export function channelLink(teamId: string, channelId: string): string {
  return `https://slack.com/app_redirect?${new URLSearchParams({ channel: channelId, team: teamId }).toString()}`;
}
