import {
  type LogDraft,
  type LogFormInput,
  type LogFormResult,
  checkLogTextSize,
  localDate,
  parseLogText,
  type StoredNextMeeting,
  validateLogForm,
} from '../../domain/nurture/meeting-log.js';
import { combineOwners, ownerOf } from '../../domain/nurture/action-item.js';
import { CoachError } from '../../domain/errors.js';
import { findActionItemByNumber, insertActionItems, markActionItemDone } from '../../storage/nurture/action-item.repository.js';
import { insertMeetingLog } from '../../storage/nurture/meeting-log.repository.js';
import type { DbOrTrx } from '../../storage/db/database.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ServiceContext } from '../context.js';
import { redrawLog, toLoggedMeeting } from './action-items.js';
import { todayOf, zoneOf } from '../pairs/zone.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, type ChannelRequest, resolveMemberPair } from '../pairs/pair-access.js';
import { postLogRecord } from './repost-log.js';
import type { LoggedMeeting } from '../slack-port.js';
import { suggestNurtureQuietly } from '../engage/suggest-nurture.js';
import { queueSessionRatings } from '../pulse/session-rating.js';

/** The author's calendar day, for the log form's default date (its callers import it from here). */
export { todayOf };

/** A stored log, and whether its record reached the channel. */
export type RecordedLog = LoggedMeeting & { posted: boolean };

/**
 * `/mentor-log some notes`: its size is checked first, then that the author is a member of the pair,
 * and only then is the text parsed, so nobody outside the pair has a line of theirs read.
 */
export async function recordLogFromText(
  ctx: ServiceContext,
  request: ChannelRequest & { text: string },
): Promise<RecordedLog> {
  checkLogTextSize(request.text);
  const pair = await resolveMemberPair(ctx, request);
  const zone = await zoneOf(ctx, request.userId);
  const now = ctx.clock();
  const draft = parseLogText(request.text, { today: localDate(now, zone), zone, now });
  return recordLogFor(ctx, pair, request, draft, 'command');
}

/** Stores a meeting log and its action items together, then posts the record in the channel. */
export async function recordLog(
  ctx: ServiceContext,
  request: ChannelRequest,
  draft: LogDraft,
  source: 'command' | 'form',
): Promise<RecordedLog> {
  return recordLogFor(ctx, await resolveMemberPair(ctx, request), request, draft, source);
}

/** The same, for a pair its caller has already resolved (one read of the pair per request). */
export async function recordLogFor(
  ctx: ServiceContext,
  pair: ActivePair,
  request: ChannelRequest,
  draft: LogDraft,
  source: 'command' | 'form',
): Promise<RecordedLog> {
  const members = { mentorId: pair.mentorId, menteeId: pair.menteeId };
  // A mention of someone outside the pair is refused before anything is written.
  const drafts = draft.actionItems.map((item) => ({
    text: item.text,
    dueOn: item.dueOn,
    owner: combineOwners(item.ownerRole, ownerOf(item.ownerIds, members)),
  }));
  // Asked of Slack before the pair's row is locked, never while it is held: the author's day (the
  // meeting's, unless given) and the mentee's (what is overdue on the record).
  const metOn = draft.metOn ?? (await todayOf(ctx, request.userId));
  const menteeToday = await todayOf(ctx, pair.menteeId);
  const { log, items, doneInLogs } = await inTransaction(ctx.db, async (trx) => {
    const doneInLogs = await markDoneLines(trx, pair.id, draft.doneNumbers, request.userId, ctx.clock());
    const log = await insertMeetingLog(trx, {
      pairId: pair.id,
      authorId: request.userId,
      summary: draft.summary,
      achievements: draft.achievements,
      nextSteps: draft.nextSteps,
      nextMeetingOn: draft.nextMeetingOn,
      metOn,
      nextMeetingAt: draft.nextMeetingAt ?? null,
      privateNote: draft.privateNote ?? null,
      source,
      createdAt: ctx.clock(),
    });
    const items = await insertActionItems(trx, {
      pairId: pair.id,
      logId: log.id,
      createdBy: request.userId,
      items: drafts,
    });
    await touchActivity(trx, pair.id, ctx.clock());
    return { log, items, doneInLogs };
  }, { pairId: pair.id });
  // The record is drawn from the rows just written, not read back.
  const logged = toLoggedMeeting(log, items, menteeToday);
  // Stored is stored: a failed post is offered again to the author ("Post it again"), never stored twice.
  const posted = await postLogRecord(ctx, pair, logged);
  // Earlier records whose items a `done:` line ticked are redrawn; a failure there loses nothing stored.
  for (const logId of doneInLogs) {
    await redrawLog(ctx, pair, logId).catch((error: unknown) => ctx.log('could not redraw a meeting log', { error: String(error) }));
  }
  await replanQuietly(ctx, pair);
  await suggestNurtureQuietly(ctx, pair);
  await queueSessionRatings(ctx, pair, log.id);
  return { ...logged, posted };
}

const MAX_ITEM_NUMBER = 2_147_483_647;

/**
 * `done: 3` lines: every number must name one of the pair's items, else nothing is written; one
 * already done stays as it was. Gives the logs whose records show those items, to redraw them.
 */
export async function markDoneLines(trx: DbOrTrx, pairId: number, numbers: readonly number[], userId: string, at: Date): Promise<Set<number>> {
  const logs = new Set<number>();
  for (const number of numbers) {
    // Item numbers are Postgres integers: a bigger number names no item (and must not reach the query).
    const item = number <= MAX_ITEM_NUMBER ? await findActionItemByNumber(trx, pairId, number) : undefined;
    if (!item) throw new CoachError('action_item_unknown', { number });
    await markActionItemDone(trx, item.id, userId, at);
    if (item.logId !== null) logs.add(item.logId);
  }
  return logs;
}

/** Before the form opens: only a member, in the pair's own open channel, may log a meeting. */
export async function checkCanLog(ctx: ServiceContext, request: ChannelRequest): Promise<void> {
  await resolveMemberPair(ctx, request);
}

/** Field checks for the form; "today" is the author's own date, wherever they are. */
export async function checkLogForm(
  ctx: ServiceContext,
  userId: string,
  input: LogFormInput,
  previous?: StoredNextMeeting,
): Promise<LogFormResult> {
  const zone = await zoneOf(ctx, userId);
  const now = ctx.clock();
  return validateLogForm(input, localDate(now, zone), { now, zone }, previous);
}
