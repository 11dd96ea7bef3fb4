import {
  type LogDraft,
  type LogFormInput,
  type LogFormResult,
  localDate,
  parseLogText,
  validateLogForm,
} from '../domain/meeting-log.js';
import { insertActionItems } from '../storage/action-item.repository.js';
import { insertMeetingLog, setLogMessage } from '../storage/meeting-log.repository.js';
import { touchActivity } from '../storage/pair.repository.js';
import { inTransaction } from '../storage/transaction.js';
import type { ChannelRequest } from './change-stage.js';
import type { ServiceContext } from './context.js';
import { replanQuietly } from './nudges.js';
import { pairRef, requireMemberPair } from './pair-access.js';
import type { LoggedMeeting } from './slack-port.js';
import { suggestNurtureQuietly } from './suggest-nurture.js';

/** `/mentor-log some notes`: the text is checked before anything is looked up or written. */
export async function recordLogFromText(
  ctx: ServiceContext,
  request: ChannelRequest & { text: string },
): Promise<LoggedMeeting> {
  const draft = parseLogText(request.text);
  return recordLog(ctx, request, draft, 'command');
}

/** Stores a meeting log and its action items together, then posts the record in the channel. */
export async function recordLog(
  ctx: ServiceContext,
  request: ChannelRequest,
  draft: LogDraft,
  source: 'command' | 'form',
): Promise<LoggedMeeting> {
  const pair = await requireMemberPair(ctx, request);
  const { log, items } = await inTransaction(ctx.db, async (trx) => {
    const log = await insertMeetingLog(trx, {
      pairId: pair.id,
      authorId: request.userId,
      summary: draft.summary,
      achievements: draft.achievements,
      nextSteps: draft.nextSteps,
      nextMeetingOn: draft.nextMeetingOn,
      source,
      createdAt: ctx.clock(),
    });
    const items = await insertActionItems(trx, {
      pairId: pair.id,
      logId: log.id,
      createdBy: request.userId,
      items: draft.actionItems,
    });
    await touchActivity(trx, pair.id, ctx.clock());
    return { log, items };
  });
  const logged: LoggedMeeting = {
    id: log.id,
    authorId: log.author_id,
    createdAt: log.created_at,
    summary: log.summary,
    achievements: log.achievements,
    nextMeetingOn: log.next_meeting_on,
    actionItems: items.map((item) => ({ text: item.text, dueOn: item.due_on })),
  };
  const ts = await ctx.slack.postToPair(pairRef(pair), { kind: 'meetingLog', log: logged });
  await setLogMessage(ctx.db, log.id, ts);
  await replanQuietly(ctx, pair.id);
  await suggestNurtureQuietly(ctx, pair.id);
  return logged;
}

/** Before the form opens: only a member, in the pair's own open channel, may log a meeting. */
export async function checkCanLog(ctx: ServiceContext, request: ChannelRequest): Promise<void> {
  await requireMemberPair(ctx, request);
}

/** Field checks for the form; "today" is the author's own date, wherever they are. */
export async function checkLogForm(ctx: ServiceContext, userId: string, input: LogFormInput): Promise<LogFormResult> {
  const user = await ctx.slack.lookupUser(userId).catch(() => undefined);
  return validateLogForm(input, localDate(ctx.clock(), user?.tz ?? ctx.defaultTimezone));
}
