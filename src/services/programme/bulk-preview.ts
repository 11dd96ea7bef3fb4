import { CoachError } from '../../domain/errors.js';
import { checkLines } from '../../domain/programme/pair-list.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { findBulkPairing, insertBulkPairing, setBulkProgressMessage, takenPairKeys } from '../../storage/programme/bulk-pairing.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';
import { adminLocale, bulkOverview } from './bulk-overview.js';
import { readListFile } from './list-file-reader.js';
import { readPairList } from './pair-list-reader.js';
import { resolveLines } from './resolve-people.js';

/** The list pasted (lines or a CSV's text), or a file uploaded in the form (its Slack id). */
export type PairListRequest = { teamId: string; actorId: string } & ({ text: string } | { fileId: string });

/**
 * "Pair many", first step: reads the list, looks everyone up, and stores each line with its verdict
 * (will open, or why not), then sends the preview to the admin by direct message with Open and
 * Cancel. Nothing is opened here. Only a programme admin may, and a refusal reads nothing (nor
 * downloads an uploaded file).
 */
export async function previewPairList(ctx: ServiceContext, request: PairListRequest): Promise<{ bulkId: number; ready: number; invalid: number }> {
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  // An uploaded file is downloaded only for an admin, and its rows then go the way pasted lines go.
  const lines = readPairList('fileId' in request ? await readListFile(ctx, request.fileId) : request.text);
  const resolved = await resolveLines(ctx, lines);
  const ids = resolved.flatMap((line) => ('problem' in line ? [] : [line.mentor?.id, line.mentee?.id])).filter((id) => id !== undefined);
  const taken = await takenPairKeys(ctx.db, request.teamId, ids);
  const checked = checkLines(resolved, (a, b) => taken.has([a, b].sort().join(' ')));
  const bulkId = await inTransaction(ctx.db, (trx) =>
    insertBulkPairing(trx, {
      teamId: request.teamId,
      createdBy: request.actorId,
      at: ctx.clock(),
      rows: checked.map((line) => ({ lineNo: line.lineNo, mentorId: line.mentorId, menteeId: line.menteeId, cohort: line.cohort, problem: line.problem })),
    }),
  );
  const bulk = await findBulkPairing(ctx.db, bulkId);
  if (bulk === undefined) throw new Error('a stored list vanished');
  const overview = await bulkOverview(ctx, bulk);
  const where = await ctx.slack.postDirect(request.actorId, { kind: 'bulkPairing', overview }, await adminLocale(ctx, request.actorId));
  await setBulkProgressMessage(ctx.db, bulkId, where.channelId, where.ts);
  return { bulkId, ready: overview.counts.ready, invalid: overview.counts.invalid };
}
