import { checkLogTextSize, localDate, parseLogText } from '../../domain/nurture/meeting-log.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';
import { type RecordedLog, recordLogFor } from './record-log.js';
import { meetFromLogLine, type SetMeetingOutcome } from './set-meeting.js';

export type LogOrMeeting = { kind: 'log'; log: RecordedLog } | { kind: 'meeting'; meeting: SetMeetingOutcome };

/**
 * `/mentor-log some notes`: size first, then membership, then the text is read. A text holding only
 * `next meeting:` is no longer refused as empty: it sets the next meeting, and no log is recorded.
 */
export async function logOrMeetFromText(ctx: ServiceContext, request: ChannelRequest & { text: string }): Promise<LogOrMeeting> {
  checkLogTextSize(request.text);
  const pair = await resolveMemberPair(ctx, request);
  const zone = (await ctx.slack.lookupUser(request.userId).catch(() => undefined))?.tz ?? ctx.defaultTimezone;
  const now = ctx.clock();
  const draft = parseLogText(request.text, { today: localDate(now, zone), zone, now });
  if (draft.meetingOnly && draft.nextMeetingOn !== null) {
    const named = { on: draft.nextMeetingOn, at: draft.nextMeetingAt ?? null };
    return { kind: 'meeting', meeting: await meetFromLogLine(ctx, pair, request.userId, named) };
  }
  // The pair resolved above is passed down: the log reads the pair's row no second time.
  return { kind: 'log', log: await recordLogFor(ctx, pair, request, draft, 'command') };
}
