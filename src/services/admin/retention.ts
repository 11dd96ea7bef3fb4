import { retentionCutoff } from '../../domain/admin/retention.js';
import { listExpiredPairs } from '../../storage/admin/erasure.repository.js';
import type { ServiceContext } from '../context.js';
import { erasePair } from './erase.js';

/** Who the audit line names when retention, not an admin, erased a pair. */
export const RETENTION_ERASER = 'retention';

/** Pairs erased in one scheduler pass at most; the rest wait for the next minute. */
export const RETENTION_BATCH = 20;

/**
 * A step of every scheduler pass: with RETENTION_DAYS set, each closed pair whose retention has
 * run out is erased exactly as `/mentor erase` erases it (its files deleted from Slack first, the
 * same audit line). Safe on every replica at once: a pair erased by another replica meanwhile is
 * skipped, and one whose files cannot be deleted yet is left whole for the next pass.
 */
export async function eraseExpiredPairs(ctx: ServiceContext, now: Date): Promise<number> {
  if (ctx.retentionDays === undefined) return 0;
  const expired = await listExpiredPairs(ctx.db, retentionCutoff(now, ctx.retentionDays), RETENTION_BATCH);
  let erased = 0;
  for (const pair of expired) {
    try {
      const result = await erasePair(ctx, { teamId: pair.teamId, pairId: pair.pairId, by: RETENTION_ERASER });
      if (result.kind === 'erased') erased += 1;
    } catch (error) {
      ctx.log('retention could not erase a pair yet', { pairId: pair.pairId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (erased > 0) ctx.log('retention erased closed pairs', { count: erased, retentionDays: ctx.retentionDays });
  return erased;
}
