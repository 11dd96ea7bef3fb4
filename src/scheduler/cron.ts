import cron from 'node-cron';
import type { ServiceContext } from '../services/context.js';
import { runSchedulerPass } from './worker.js';

export interface RunningScheduler {
  stop(): Promise<void>;
}

/**
 * Every minute, on every replica: one pass. noOverlap skips a minute whose predecessor is still
 * running; the database, not this process, decides who sends what.
 */
export function startScheduler(ctx: ServiceContext): RunningScheduler {
  const task = cron.schedule(
    '* * * * *',
    async () => {
      try {
        await runSchedulerPass(ctx, ctx.clock());
      } catch (error) {
        ctx.log('scheduler pass failed', { error: error instanceof Error ? error.message : String(error) });
      }
    },
    { timezone: 'UTC', noOverlap: true, name: 'mentor-coach-scheduler' },
  );
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
