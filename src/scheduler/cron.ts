import cron from 'node-cron';
import type { ServiceContext } from '../services/context.js';
import { runSchedulerPass } from './worker.js';

export interface RunningScheduler {
  /** No pass starts any more; resolves once the pass under way (if any) ends, or after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Every minute, on every replica: one pass. noOverlap skips a minute whose predecessor is still
 * running; the database, not this process, decides who sends what.
 */
export function startScheduler(ctx: ServiceContext): RunningScheduler {
  let current: Promise<void> | undefined;
  const task = cron.schedule(
    '* * * * *',
    async () => {
      const pass = runSchedulerPass(ctx, ctx.clock()).then(
        () => undefined,
        (error: unknown) => ctx.log('scheduler pass failed', { error: error instanceof Error ? error.message : String(error) }),
      );
      current = pass;
      await pass;
      if (current === pass) current = undefined;
    },
    { timezone: 'UTC', noOverlap: true, name: 'mentor-coach-scheduler' },
  );
  return {
    async stop(graceMs = 0) {
      await task.stop();
      await task.destroy();
      // A pass stopped half-way would leave its claimed jobs to wait out their lease: let it end.
      if (current !== undefined) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([current, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
        clearTimeout(timer);
      }
    },
  };
}
