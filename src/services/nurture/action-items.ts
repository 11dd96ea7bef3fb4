import { CoachError } from '../../domain/errors.js';
import {
  findActionItem,
  findActionItemByNumber,
  listItemsOfLog,
  markActionItemDone,
} from '../../storage/nurture/action-item.repository.js';
import { findMeetingLog, markLogDeleted, postedTs } from '../../storage/nurture/meeting-log.repository.js';
import type { ActionItem } from '../../domain/nurture/action-item.js';
import type { MeetingLog } from '../../domain/nurture/meeting-log-record.js';
import { todayOf } from '../pairs/zone.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import type { LoggedMeeting } from '../slack-port.js';

/** The "Done" button beside an item of a posted log. Clicking twice, or both members at once, is harmless. */
export async function markItemDoneById(ctx: ServiceContext, request: { teamId: string; userId: string; itemId: number }): Promise<void> {
  const item = await findActionItem(ctx.db, request.itemId);
  if (!item) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: item.pairId });
  await markDone(ctx, pair, item, request.userId);
}

/** `/mentor done 3`: item 3 of the pair of this channel. */
export async function markItemDoneByNumber(ctx: ServiceContext, request: ChannelRequest & { number: number }): Promise<ActionItem> {
  const pair = await resolveMemberPair(ctx, request);
  const item = await findActionItemByNumber(ctx.db, pair.id, request.number);
  if (!item) throw new CoachError('action_item_unknown', { number: request.number });
  await markDone(ctx, pair, item, request.userId);
  return item;
}

async function markDone(ctx: ServiceContext, pair: ActivePair, item: ActionItem, userId: string): Promise<void> {
  // Only an open item changes: the first person to mark it keeps the credit.
  const changed = await markActionItemDone(ctx.db, item.id, userId, ctx.clock());
  if (item.logId !== null) await redrawLog(ctx, pair, item.logId);
  if (changed) await replanQuietly(ctx, pair);
}

/** The posted record of a log, redrawn from what is stored; overdue means before the mentee's today. */
export async function loggedMeetingOf(ctx: ServiceContext, pair: ActivePair, logId: number): Promise<LoggedMeeting | undefined> {
  const log = await findMeetingLog(ctx.db, logId);
  if (!log) return undefined;
  const items = await listItemsOfLog(ctx.db, logId);
  return toLoggedMeeting(log, items, await todayOf(ctx, pair.menteeId));
}

/** A log's record from the log and its items (as read, or as just written), `today` being the mentee's day. */
export function toLoggedMeeting(log: MeetingLog, items: readonly ActionItem[], today: string): LoggedMeeting {
  const { id, authorId, createdAt, summary, achievements, nextMeetingOn, nextMeetingAt, editedAt } = log;
  return {
    id,
    authorId,
    createdAt,
    summary,
    achievements,
    nextMeetingOn,
    nextMeetingAt,
    editedAt,
    today,
    actionItems: items.map(({ id, text, dueOn, number, owner, status, doneBy }) => ({ id, text, dueOn, number, owner, status, doneBy })),
  };
}

export async function redrawLog(ctx: ServiceContext, pair: ActivePair, logId: number): Promise<void> {
  const log = await findMeetingLog(ctx.db, logId);
  const logged = await loggedMeetingOf(ctx, pair, logId);
  const ts = postedTs(log?.messageTs ?? null);
  if (!ts || !logged) return;
  await ctx.slack.updatePairMessage(pairRef(pair), ts, { kind: 'meetingLog', log: logged });
}

/** How long after writing it the author may still change or delete a meeting log. */
export const LOG_EDIT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The author deletes a log within 7 days: it leaves the meeting count and its record becomes a
 * short line. Its action items stay as they are (open ones keep their numbers and reminders):
 * they were agreed between two people, and `/mentor done` still closes them.
 */
export async function deleteLog(ctx: ServiceContext, request: { teamId: string; userId: string; logId: number }): Promise<void> {
  const log = await findMeetingLog(ctx.db, request.logId);
  if (!log) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: log.pairId });
  if (log.authorId !== request.userId) throw new CoachError('log_not_author');
  if (log.deletedAt !== null) return;
  if (ctx.clock().getTime() - log.createdAt.getTime() > LOG_EDIT_WINDOW_MS) throw new CoachError('log_edit_expired');
  if (!(await markLogDeleted(ctx.db, log.id, ctx.clock()))) return;
  const ts = postedTs(log.messageTs);
  if (ts) {
    await ctx.slack.updatePairMessage(pairRef(pair), ts, { kind: 'meetingLogDeleted', deletedBy: request.userId });
  }
  await replanQuietly(ctx, pair);
}
