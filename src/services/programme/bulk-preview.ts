import { CoachError } from '../../domain/errors.js';
import { checkLines, idOf, type ListLine } from '../../domain/programme/pair-list.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { findBulkPairing, insertBulkPairing, setBulkProgressMessage, takenPairKeys } from '../../storage/programme/bulk-pairing.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';
import { adminLocale, bulkOverview } from './bulk-overview.js';
import { readListFile } from './list-file-reader.js';
import { readPairList } from './pair-list-reader.js';
import { countPeople, resolveLines } from './resolve-people.js';
import { noteCheckStored, tellCheckStopped, watchCheck } from './bulk-check.js';

/** The list pasted (lines or a CSV's text), or a file uploaded in the form (its Slack id). */
export type PairListRequest = { teamId: string; actorId: string } & ({ text: string } | { fileId: string });

/**
 * "Pair many", first step: reads the list, tells the admin at once (by direct message) that we are
 * checking it, looks everyone up at Slack's pace (minutes for a long list of emails), and stores each
 * line with its verdict (will open, or why not); the "checking…" message then becomes the preview,
 * with Open and Cancel. Nothing is opened here. Only a programme admin may, and a refusal reads
 * nothing. A check cut short (an error, a restart) leaves a message saying so, never "checking…"
 * for ever: an error rewrites it here, a restart through the watch job (bulk-check.ts).
 */
export async function previewPairList(ctx: ServiceContext, request: PairListRequest): Promise<{ bulkId: number; ready: number; invalid: number }> {
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  // An uploaded file is downloaded only for an admin, and its rows then go the way pasted lines go.
  const lines = readPairList('fileId' in request ? await readListFile(ctx, request.fileId) : request.text);
  const locale = await adminLocale(ctx, request.actorId);
  const where = await ctx.slack.postDirect(request.actorId, { kind: 'bulkChecking', people: countPeople(lines) }, locale);
  const checkEnded = await watchCheck(ctx, { teamId: request.teamId, actorId: request.actorId, lines }, where);
  let bulkId: number;
  try {
    bulkId = await checkAndStore(ctx, request, lines, where);
  } catch (error) {
    await tellCheckStopped(ctx, request.actorId, where).catch((failure: unknown) =>
      ctx.log('could not update a pair-many message', { error: failure instanceof Error ? failure.message : String(failure) }),
    );
    throw error;
  } finally {
    checkEnded();
  }
  const bulk = await findBulkPairing(ctx.db, bulkId);
  if (bulk === undefined) throw new Error('a stored list vanished');
  const overview = await bulkOverview(ctx, bulk);
  try {
    await ctx.slack.updateDirect(where, { kind: 'bulkPairing', overview }, locale);
  } catch (error) {
    // The "checking…" message is gone (the admin deleted it): the preview comes as a new message.
    ctx.log('pair-many preview posted anew', { bulkId, error: error instanceof Error ? error.message : String(error) });
    const fresh = await ctx.slack.postDirect(request.actorId, { kind: 'bulkPairing', overview }, locale);
    await setBulkProgressMessage(ctx.db, bulkId, fresh.channelId, fresh.ts);
  }
  return { bulkId, ready: overview.counts.ready, invalid: overview.counts.invalid };
}

/** Looks the list's people up and stores its lines under the "checking…" message; the list's id. */
async function checkAndStore(ctx: ServiceContext, request: PairListRequest, lines: ListLine[], where: { channelId: string; ts: string }): Promise<number> {
  const resolved = await resolveLines(ctx, lines);
  const ids = resolved.flatMap((line) => ('problem' in line ? [] : [idOf(line.mentor), idOf(line.mentee)])).filter((id) => id !== null);
  const taken = await takenPairKeys(ctx.db, request.teamId, ids);
  const checked = checkLines(resolved, (a, b) => taken.has([a, b].sort().join(' ')));
  // The list, its message and the watch's note of it in one transaction: the watch reads "a list stored" as "the check ended".
  const bulkId = await inTransaction(ctx.db, async (trx) => {
    const id = await insertBulkPairing(trx, {
      teamId: request.teamId,
      createdBy: request.actorId,
      at: ctx.clock(),
      rows: checked.map((line) => ({ lineNo: line.lineNo, mentorId: line.mentorId, menteeId: line.menteeId, cohort: line.cohort, problem: line.problem })),
    });
    await setBulkProgressMessage(trx, id, where.channelId, where.ts);
    await noteCheckStored(trx, where, id);
    return id;
  });
  return bulkId;
}
