import { DateTime } from 'luxon';
import { type ActionOwner, combineOwners, ownerOf } from '../../domain/nurture/action-item.js';
import { CoachError } from '../../domain/errors.js';
import { reconcileItems } from '../../domain/nurture/log-edit.js';
import type { LogDraft } from '../../domain/nurture/meeting-log.js';
import type { MeetingLog } from '../../domain/nurture/meeting-log-record.js';
import { insertActionItems, listItemsOfLog } from '../../storage/nurture/action-item.repository.js';
import { removeOpenItems, updateMeetingLog, updateOpenItem } from '../../storage/nurture/log-edit.repository.js';
import { findMeetingLog } from '../../storage/nurture/meeting-log.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { LOG_EDIT_WINDOW_MS, redrawLog } from './action-items.js';
import type { ServiceContext } from '../context.js';
import { zoneOf } from '../pairs/zone.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, resolveMemberPair } from '../pairs/pair-access.js';
import { markDoneLines } from './record-log.js';

export interface LogRequest {
  teamId: string;
  userId: string;
  logId: number;
}

/** What the edit form opens with: the log as stored, its next meeting time in the author's zone. */
export interface LogEditor {
  logId: number;
  channelId: string;
  metOn: string | null;
  summary: string;
  achievements: string | null;
  /** The log's open items; done ones are not edited. */
  openItems: Array<{ text: string; dueOn: string | null; owner: ActionOwner | null }>;
  nextMeetingOn: string | null;
  /** HH:mm in the author's zone. */
  nextMeetingTime: string | null;
  privateNote: string | null;
}

/** "Edit" on a posted log: its author, still a member, within 7 days, and the log not deleted. */
async function editableLog(ctx: ServiceContext, request: LogRequest): Promise<{ log: MeetingLog; pair: ActivePair }> {
  const log = await findMeetingLog(ctx.db, request.logId);
  if (!log || log.deletedAt !== null) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: log.pairId });
  if (log.authorId !== request.userId) throw new CoachError('log_not_author');
  if (ctx.clock().getTime() - log.createdAt.getTime() > LOG_EDIT_WINDOW_MS) throw new CoachError('log_edit_expired');
  return { log, pair };
}

export async function openLogEditor(ctx: ServiceContext, request: LogRequest): Promise<LogEditor> {
  const { log, pair } = await editableLog(ctx, request);
  const [items, zone] = await Promise.all([listItemsOfLog(ctx.db, log.id), zoneOf(ctx, request.userId)]);
  return {
    logId: log.id,
    channelId: pair.channelId,
    metOn: log.metOn,
    summary: log.summary,
    achievements: log.achievements,
    openItems: items.filter((item) => item.status === 'open').map((item) => ({ text: item.text, dueOn: item.dueOn, owner: item.owner })),
    nextMeetingOn: log.nextMeetingOn,
    nextMeetingTime: log.nextMeetingAt ? DateTime.fromJSDate(log.nextMeetingAt, { zone }).toFormat('HH:mm') : null,
    privateNote: log.privateNote,
  };
}

/** The log's next meeting as stored, so an edit that keeps a date already past is not refused for it. */
export async function storedNextMeeting(ctx: ServiceContext, logId: number) {
  const log = await findMeetingLog(ctx.db, logId);
  return { nextMeetingOn: log?.nextMeetingOn ?? null, nextMeetingAt: log?.nextMeetingAt ?? null };
}

/**
 * Saves the edited form over the log. Items still listed keep their number; new lines become new
 * items; open items taken out are removed; `done:` lines work as in a new log. The posted record
 * is redrawn in place with an "edited" mark, and reminders follow the new dates.
 */
export async function updateLog(ctx: ServiceContext, request: LogRequest, draft: LogDraft): Promise<void> {
  const { log, pair } = await editableLog(ctx, request);
  const members = { mentorId: pair.mentorId, menteeId: pair.menteeId };
  const drafts = draft.actionItems.map((item) => ({
    text: item.text,
    dueOn: item.dueOn,
    owner: combineOwners(item.ownerRole, ownerOf(item.ownerIds, members)),
  }));
  const now = ctx.clock();
  const doneInLogs = await inTransaction(ctx.db, async (trx) => {
    const done = await markDoneLines(trx, pair.id, draft.doneNumbers, request.userId, now);
    const updated = await updateMeetingLog(trx, log.id, {
      summary: draft.summary,
      achievements: draft.achievements,
      nextSteps: draft.nextSteps,
      nextMeetingOn: draft.nextMeetingOn,
      nextMeetingAt: draft.nextMeetingAt ?? null,
      metOn: draft.metOn ?? log.metOn ?? log.createdAt.toISOString().slice(0, 10),
      privateNote: draft.privateNote ?? null,
      editedAt: now,
    });
    if (!updated) throw new CoachError('stale_action');
    const open = (await listItemsOfLog(trx, log.id)).filter((item) => item.status === 'open');
    const changes = reconcileItems(open, drafts);
    for (const item of changes.keep) await updateOpenItem(trx, item.id, item);
    await removeOpenItems(trx, changes.remove);
    await insertActionItems(trx, { pairId: pair.id, logId: log.id, createdBy: request.userId, items: changes.add });
    return done;
  }, { pairId: pair.id });
  doneInLogs.add(log.id);
  for (const logId of doneInLogs) {
    await redrawLog(ctx, pair, logId).catch((error: unknown) => ctx.log('could not redraw a meeting log', { error: String(error) }));
  }
  await replanQuietly(ctx, pair);
}
