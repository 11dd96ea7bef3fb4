import { CoachError } from '../../domain/errors.js';
import {
  findActionItem,
  findActionItemByNumber,
  listItemsOfLog,
  markActionItemDone,
} from '../../storage/nurture/action-item.repository.js';
import { findMeetingLog, markLogDeleted, postedTs } from '../../storage/nurture/meeting-log.repository.js';
import type { ActionItemRow, MeetingLogRow } from '../../storage/db/schema.js';
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
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: item.pair_id });
  await markDone(ctx, pair, item, request.userId);
}

/** `/mentor done 3`: item 3 of the pair of this channel. */
export async function markItemDoneByNumber(ctx: ServiceContext, request: ChannelRequest & { number: number }): Promise<ActionItemRow> {
  const pair = await resolveMemberPair(ctx, request);
  const item = await findActionItemByNumber(ctx.db, pair.id, request.number);
  if (!item) throw new CoachError('action_item_unknown', { number: request.number });
  await markDone(ctx, pair, item, request.userId);
  return item;
}

async function markDone(ctx: ServiceContext, pair: ActivePair, item: ActionItemRow, userId: string): Promise<void> {
  // Only an open item changes: the first person to mark it keeps the credit.
  const changed = await markActionItemDone(ctx.db, item.id, userId, ctx.clock());
  if (item.log_id !== null) await redrawLog(ctx, pair, item.log_id);
  if (changed) await replanQuietly(ctx, pair);
}

/** The posted record of a log, redrawn from what is stored; overdue means before the mentee's today. */
export async function loggedMeetingOf(ctx: ServiceContext, pair: ActivePair, logId: number): Promise<LoggedMeeting | undefined> {
  const log = await findMeetingLog(ctx.db, logId);
  if (!log) return undefined;
  const items = await listItemsOfLog(ctx.db, logId);
  return toLoggedMeeting(log, items, await todayOf(ctx, pair.mentee_id));
}

/** A log's record from its rows (as read, or as just written), `today` being the mentee's day. */
export function toLoggedMeeting(log: MeetingLogRow, items: readonly ActionItemRow[], today: string): LoggedMeeting {
  return {
    id: log.id,
    authorId: log.author_id,
    createdAt: log.created_at,
    summary: log.summary,
    achievements: log.achievements,
    nextMeetingOn: log.next_meeting_on,
    nextMeetingAt: log.next_meeting_at,
    editedAt: log.edited_at,
    today,
    actionItems: items.map((item) => ({
      id: item.id,
      text: item.text,
      dueOn: item.due_on,
      number: item.number,
      owner: item.owner,
      status: item.status,
      doneBy: item.done_by,
    })),
  };
}

export async function redrawLog(ctx: ServiceContext, pair: ActivePair, logId: number): Promise<void> {
  const log = await findMeetingLog(ctx.db, logId);
  const logged = await loggedMeetingOf(ctx, pair, logId);
  const ts = postedTs(log?.message_ts ?? null);
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
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: log.pair_id });
  if (log.author_id !== request.userId) throw new CoachError('log_not_author');
  if (log.deleted_at !== null) return;
  if (ctx.clock().getTime() - log.created_at.getTime() > LOG_EDIT_WINDOW_MS) throw new CoachError('log_edit_expired');
  if (!(await markLogDeleted(ctx.db, log.id, ctx.clock()))) return;
  const ts = postedTs(log.message_ts);
  if (ts) {
    await ctx.slack.updatePairMessage(pairRef(pair), ts, { kind: 'meetingLogDeleted', deletedBy: request.userId });
  }
  await replanQuietly(ctx, pair);
}
