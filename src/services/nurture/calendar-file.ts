import { randomUUID } from 'node:crypto';
import { calendarIdentity, channelLink, DEFAULT_MEETING_MINUTES } from '../../domain/nurture/calendar-event.js';
import { findAgreement } from '../../storage/engage/agreement.repository.js';
import { lockCalendarEvent, saveCalendarEvent } from '../../storage/nurture/set-meeting.repository.js';
import { claimSentOnce, releaseSentOnce } from '../../storage/pairs/sent-once.repository.js';
import { recordUploadedFile } from '../../storage/pairs/uploaded-file.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';
import type { UploadedFile } from '../slack-port.js';
import { shownNextMeeting } from './agenda.js';

/** What the calendar file says: the edge writes it (ical-generator) in the member's words. */
export interface CalendarFileFacts {
  uid: string;
  sequence: number;
  start: Date;
  minutes: number;
  mentor: string;
  mentee: string;
  /** Opens the pair's channel in Slack. */
  link: string;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
}

export type CalendarFileOutcome =
  | { outcome: 'sent'; facts: CalendarFileFacts }
  /** This member has this version of the meeting already: nothing is sent again. */
  | { outcome: 'alreadySent'; facts: CalendarFileFacts }
  | { outcome: 'noMeeting' };

/**
 * "Add to calendar": the pair's next meeting as an .ics file, sent to the member who asked, in
 * their direct messages (never the channel), through the same upload path as `/mentor export`:
 * the file's id is kept so that `/mentor erase` deletes it. Moving the meeting keeps the event's
 * UID and raises its SEQUENCE. Only a member asks; only a meeting the pair set has a file; each
 * member gets each version of it once.
 */
export async function sendCalendarFile(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
  render: (facts: CalendarFileFacts) => UploadedFile,
): Promise<CalendarFileOutcome> {
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: request.pairId });
  const now = ctx.clock();
  const meeting = await shownNextMeeting(ctx, pair, now);
  if (meeting === null || meeting.guessed) return { outcome: 'noMeeting' };
  const [agreement, mentor, mentee] = await Promise.all([
    findAgreement(ctx.db, pair.id),
    ctx.slack.lookupUser(pair.mentorId).catch(() => undefined),
    ctx.slack.lookupUser(pair.menteeId).catch(() => undefined),
  ]);
  const identity = await inTransaction(ctx.db, async (trx) => {
    const stored = await lockCalendarEvent(trx, pair.id);
    const chosen = calendarIdentity(stored, meeting.at, now, () => `${randomUUID()}@mentor-coach`);
    if (chosen.changed) await saveCalendarEvent(trx, pair.id, { uid: chosen.uid, sequence: chosen.sequence, meetingAt: meeting.at }, now);
    return chosen;
  }, { pairId: pair.id });
  const facts: CalendarFileFacts = {
    uid: identity.uid,
    sequence: identity.sequence,
    start: meeting.at,
    minutes: agreement?.meetingMinutes ?? DEFAULT_MEETING_MINUTES,
    mentor: mentor?.name ?? pair.mentorId,
    mentee: mentee?.name ?? pair.menteeId,
    link: channelLink(pair.teamId, pair.channelId),
    stamp: now,
  };
  // One file per version of the meeting and member: another click (a new trigger id, so past the
  // delivery guard) sends nothing; once the meeting moves, the new version goes out.
  const once = `calendar:${facts.uid}:${facts.sequence}:${request.userId}`;
  if (!(await claimSentOnce(ctx.db, { pairId: pair.id, key: once, at: now }))) return { outcome: 'alreadySent', facts };
  try {
    const directMessage = await ctx.slack.openDirectMessage(request.userId);
    await ctx.slack.uploadFile(directMessage, render(facts), (fileId) =>
      recordUploadedFile(ctx.db, { pairId: pair.id, teamId: pair.teamId, fileId, channelId: directMessage, at: ctx.clock() }),
    );
  } catch (error) {
    await releaseSentOnce(ctx.db, pair.id, once).catch(() => undefined);
    throw error;
  }
  return { outcome: 'sent', facts };
}
