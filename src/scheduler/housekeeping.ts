import type { ServiceContext } from '../services/context.js';
import { pruneDeliveries } from '../storage/scheduling/delivery.repository.js';
import { failAbandonedJobs } from '../storage/scheduling/job.repository.js';

/**
 * What every pass does before sending, in order. A step returns how many jobs it failed (for the
 * pass's result) or nothing; a new chore is one more entry here.
 */
export const HOUSEKEEPING: ReadonlyArray<{ name: string; run: (ctx: ServiceContext, now: Date) => Promise<number | void> }> = [
  { name: 'fail abandoned jobs', run: (ctx, now) => failAbandonedJobs(ctx.db, now) },
  { name: 'prune delivery keys', run: (ctx) => pruneDeliveries(ctx.db) },
];

/** Runs the chores; returns the jobs failed for good because their last attempt was abandoned. */
export async function housekeeping(ctx: ServiceContext, now: Date): Promise<number> {
  let failed = 0;
  for (const step of HOUSEKEEPING) failed += (await step.run(ctx, now)) ?? 0;
  return failed;
}
