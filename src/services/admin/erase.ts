import { CoachError } from '../../domain/errors.js';
import type { EraseTarget } from '../../domain/pairs/mentor-command.js';
import { countActionItems } from '../../storage/nurture/action-item.repository.js';
import { erasePairRows, findErasure } from '../../storage/admin/erasure.repository.js';
import { meetingLogStats } from '../../storage/nurture/meeting-log.repository.js';
import { findPairByChannel, findPairById } from '../../storage/pairs/pair.repository.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { forgetDirectMessage, listDirectMessages } from '../../storage/pairs/direct-message.repository.js';
import { forgetUploadedFile, listUploadedFiles } from '../../storage/pairs/uploaded-file.repository.js';
import type { ServiceContext } from '../context.js';
import { type DirectPost, SlackCallError } from '../slack-port.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';

/** What an admin is asked to confirm: counts and dates only, never what the pair wrote. */
export interface ErasePreview {
  pairId: number;
  channelId: string | null;
  mentorId: string;
  menteeId: string;
  openedAt: Date;
  closedAt: Date | null;
  meetings: number;
  actionItems: number;
}

/**
 * `unsearchedAlerts`: a fit alert whose ts never reached us could not be looked for, the install lacking
 * `im:history` (made before that scope was asked for); it may remain in that admin's direct messages.
 */
export type EraseResult =
  | { kind: 'erased'; pairId: number; unsearchedAlerts?: true }
  | { kind: 'alreadyErased'; pairId: number; erasedBy: string; erasedAt: Date };

interface AdminRequest {
  teamId: string;
  userId: string;
}

/** Nothing about any pair is read before the asker is known to be a programme admin. */
async function requireAdmin(ctx: ServiceContext, userId: string): Promise<void> {
  if (!(await isProgrammeAdmin(ctx, userId, { fresh: true }))) throw new CoachError('not_admin');
}

async function closedPairOf(ctx: ServiceContext, request: AdminRequest, target: EraseTarget): Promise<Pair> {
  const pair =
    'pairId' in target ? await findPairById(ctx.db, target.pairId) : await findPairByChannel(ctx.db, request.teamId, target.channelId);
  // Another workspace's pair does not exist for this one.
  if (!pair || pair.teamId !== request.teamId) {
    if ('pairId' in target && (await findErasure(ctx.db, request.teamId, target.pairId))) throw new CoachError('pair_erased');
    throw new CoachError('pair_unknown');
  }
  if (pair.stage !== 'closed') throw new CoachError('pair_not_closed');
  return pair;
}

/** `/mentor erase 12`: the pair an admin is about to erase, for the confirmation step. */
export async function previewErase(ctx: ServiceContext, request: AdminRequest & { target: EraseTarget }): Promise<ErasePreview> {
  await requireAdmin(ctx, request.userId);
  const pair = await closedPairOf(ctx, request, request.target);
  const [logs, items] = await Promise.all([meetingLogStats(ctx.db, pair.id), countActionItems(ctx.db, pair.id)]);
  return {
    pairId: pair.id,
    channelId: pair.channelId,
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    openedAt: pair.createdAt,
    closedAt: pair.closedAt,
    meetings: logs.count,
    actionItems: items.open + items.done,
  };
}

/**
 * The confirmation button: the pair and everything recorded about it are deleted, an audit line
 * stays. A second click, or Slack delivering the click again, finds the audit line and changes nothing.
 */
export async function confirmErase(ctx: ServiceContext, request: AdminRequest & { pairId: number }): Promise<EraseResult> {
  await requireAdmin(ctx, request.userId);
  const earlier = await findErasure(ctx.db, request.teamId, request.pairId);
  if (earlier) return { kind: 'alreadyErased', ...earlier };
  const pair = await closedPairOf(ctx, request, { pairId: request.pairId });
  return erasePair(ctx, { teamId: request.teamId, pairId: pair.id, by: request.userId });
}

/** Rounds of "delete the files and messages, then the rows" before giving up on a pair that keeps getting new ones. */
const ERASE_ROUNDS = 3;

/**
 * Erases a closed pair, for `/mentor erase` and for retention alike: every file the bot uploaded
 * for it and every direct message that quotes it is deleted from Slack first (one already gone
 * counts as deleted), then the pair's rows go and the audit line is written, in one transaction.
 * If Slack refuses to delete a file or message, nothing is erased and the error is thrown: erasing
 * later must still find its id.
 */
export async function erasePair(ctx: ServiceContext, erasure: { teamId: string; pairId: number; by: string }): Promise<EraseResult> {
  let unsearched = false;
  for (let round = 0; round < ERASE_ROUNDS; round += 1) {
    if ((await deleteSentElsewhere(ctx, erasure.teamId, erasure.pairId)) === 'unsearched') unsearched = true;
    const outcome = await inTransaction(ctx.db, (trx) => erasePairRows(trx, { ...erasure, at: ctx.clock() }));
    if (outcome === 'erased') {
      ctx.log('pair erased', { pairId: erasure.pairId, by: erasure.by });
      if (!unsearched) return { kind: 'erased', pairId: erasure.pairId };
      ctx.log('erased pair may have a fit alert left in an admin direct message: reinstall the app with im:history', { pairId: erasure.pairId });
      return { kind: 'erased', pairId: erasure.pairId, unsearchedAlerts: true };
    }
    if (outcome === 'missing') {
      const meanwhile = await findErasure(ctx.db, erasure.teamId, erasure.pairId);
      if (meanwhile) return { kind: 'alreadyErased', ...meanwhile };
      throw new CoachError('pair_not_closed');
    }
    // A member exported while the files were being deleted: delete that file too.
  }
  throw new Error(`pair ${erasure.pairId} kept getting new files while being erased`);
}

/**
 * What the bot sent about the pair outside its channel: its files (exports, calendar files, the
 * programme reports that name it, which go whole) and the direct messages that quote it (admins'
 * fit alerts). 'unsearched' when a conversation holding an alert of unknown ts could not be read.
 */
async function deleteSentElsewhere(ctx: ServiceContext, teamId: string, pairId: number): Promise<'done' | 'unsearched'> {
  let outcome: 'done' | 'unsearched' = 'done';
  for (const file of await listUploadedFiles(ctx.db, pairId)) {
    await ctx.slack.deleteFile(file.fileId);
    await forgetUploadedFile(ctx.db, teamId, file.fileId);
  }
  for (const message of await listDirectMessages(ctx.db, pairId)) {
    // A post whose ts never reached us (its answer lost, or a stop before it was kept) is found by the
    // pair named in its metadata (fit-alert-send.ts).
    // A settled marker stands for a copy already kept under its own row.
    const copies = message.settled === true ? [] : message.pending === true ? await markedCopies(ctx, message.channelId, pairId) : [message];
    if (copies === 'unsearched') outcome = 'unsearched';
    else for (const copy of copies) await ctx.slack.deleteDirect(copy);
    await forgetDirectMessage(ctx.db, pairId, message);
  }
  return outcome;
}

/**
 * A conversation Slack does not have (a post that failed for good left its row pending) holds nothing
 * to delete. Without `im:history` (an install older than that scope) it cannot be read at all: rather
 * than never erasing the pair, erase goes on and says so ('unsearched'); only a reinstall can fix it.
 */
async function markedCopies(ctx: ServiceContext, channelId: string, pairId: number): Promise<DirectPost[] | 'unsearched'> {
  try {
    return await ctx.slack.findMarkedDirect(channelId, { pairId });
  } catch (error) {
    if (error instanceof SlackCallError && error.slackError === 'channel_not_found') return [];
    if (error instanceof SlackCallError && error.slackError === 'missing_scope') return 'unsearched';
    throw error;
  }
}
