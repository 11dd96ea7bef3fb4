import { isRowProblem } from '../../domain/programme/pair-list.js';
import { type BulkPairing, countBulkRows, listBulkRows } from '../../storage/programme/bulk-pairing.repository.js';
import type { ServiceContext } from '../context.js';
import type { BulkOverview, ShownBulkLine } from './admin-messages.js';

/** A list as its admin sees it, from what is stored: every line and its status, and the counts. */
export async function bulkOverview(ctx: ServiceContext, bulk: BulkPairing): Promise<BulkOverview> {
  const [rows, counts] = await Promise.all([listBulkRows(ctx.db, bulk.id), countBulkRows(ctx.db, bulk.id)]);
  const lines: ShownBulkLine[] = rows.map((row) => ({
    lineNo: row.lineNo,
    mentorId: row.mentorId,
    menteeId: row.menteeId,
    cohort: row.cohort,
    status:
      row.state === 'ready' || row.state === 'opened'
        ? row.state
        : row.problem !== null && isRowProblem(row.problem)
          ? row.problem
          : 'failed',
  }));
  return { bulkId: bulk.id, state: bulk.state, lines, counts };
}

/** The admin's language, for their direct messages. */
export async function adminLocale(ctx: ServiceContext, userId: string) {
  return (await ctx.slack.lookupUser(userId).catch(() => undefined))?.locale ?? 'en';
}

/** Redraws a list's message in place (preview, progress, done); a message Slack lost is left alone. */
export async function redrawBulk(ctx: ServiceContext, bulk: BulkPairing): Promise<void> {
  if (bulk.progress === null) return;
  const overview = await bulkOverview(ctx, bulk);
  try {
    await ctx.slack.updateDirect(bulk.progress, { kind: 'bulkPairing', overview }, await adminLocale(ctx, bulk.createdBy));
  } catch (error) {
    ctx.log('could not update a pair-many message', { bulkId: bulk.id, error: error instanceof Error ? error.message : String(error) });
  }
}
