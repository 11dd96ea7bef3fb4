import { attainmentAverage, type PairOutcome } from '../../domain/evaluate/reflection.js';
import type { ClosedPairEntry } from '../../domain/admin/closed-pair.js';
import { erasureDueAt } from '../../domain/admin/retention.js';
import { countOutcomes, listClosedPairs, listDecidedRatings } from '../../storage/admin/closed-pairs.repository.js';
import type { ServiceContext } from '../context.js';

/** Closed pairs listed on the admins' Home; the rest are counted. */
export const CLOSED_PAIRS_LISTED = 20;

export interface ClosedPair extends ClosedPairEntry {
  /** When retention (RETENTION_DAYS) will erase it; null when closed pairs are kept. */
  erasesAt: Date | null;
}

/** How the workspace's relationships ended, for programme admins: counts, dates and ratings only. */
export interface ClosedPairsOverview {
  outcomes: Record<PairOutcome, number>;
  /** Average over goal and steps, both members, of every decided wrap-up (met = 1, partly = 0.5, not yet = 0). */
  attainment: number | null;
  closedPairs: ClosedPair[];
  closedTotal: number;
}

export async function closedPairsOverview(ctx: ServiceContext, teamId: string): Promise<ClosedPairsOverview> {
  const [closed, outcomes, ratings] = await Promise.all([
    listClosedPairs(ctx.db, teamId, CLOSED_PAIRS_LISTED),
    countOutcomes(ctx.db, teamId),
    listDecidedRatings(ctx.db, teamId),
  ]);
  return {
    outcomes,
    attainment: attainmentAverage(ratings),
    closedPairs: closed.pairs.map((pair) => ({
      ...pair,
      erasesAt: ctx.retentionDays === undefined ? null : erasureDueAt(pair.closedAt, ctx.retentionDays),
    })),
    closedTotal: closed.total,
  };
}
