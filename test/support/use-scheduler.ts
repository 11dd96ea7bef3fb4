/**
 * `useSchedulerScenario(options)`: the scheduler without the app, for integration tests: a test
 * database (useTestDatabase), the Slack stand-in (useStandIn), passes at fixed times through the real
 * scheduler gateway, and pairs seeded straight into the database at a given stage.
 *
 *   const { database, standIn, context, tick, pairAt } = useSchedulerScenario({ start: OPENED });
 *   const pair = await pairAt('nurture');          // seeded, opened at `start`
 *   await replanPair(context(OPENED), pair.pairId);
 *   await tick(DUE);                                // one pass at DUE, its clock at DUE
 *
 * - `context(at, more?)`: a scheduler ServiceContext whose clock shows `at` (./scheduler.ts).
 * - `tick(at, more?)`: one pass at `at` through a gateway of its own, as `npm run tick -- --at` runs it.
 * - `adminUserIds` go to every context and tick; `freshStandIn: true` starts a stand-in per test
 *   (an injected failure never outlives its test); open jobs are cancelled after each test.
 */
import { afterEach } from 'vitest';
import type { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import type { Stage } from '../../src/domain/stages.js';
import { type PassResult, runSchedulerPass } from '../../src/scheduler/worker.js';
import type { ServiceContext } from '../../src/services/context.js';
import type { TestDatabase } from './database.js';
import { cancelOpenJobs, schedulerContext, type SchedulerContextOptions, type SeededPair, type SeedOptions, seedPairs } from './scheduler.js';
import { useStandIn } from './use-stand-in.js';
import { useTestDatabase } from './use-database.js';

export interface UseSchedulerScenarioOptions {
  /** When seeded pairs are opened. */
  start: Date;
  adminUserIds?: string[];
  /** A stand-in per test instead of one per file. */
  freshStandIn?: boolean;
}

export interface SchedulerScenario {
  database: TestDatabase;
  standIn: SlackStandIn;
  context(at: Date, more?: SchedulerContextOptions): ServiceContext;
  tick(at: Date, more?: SchedulerContextOptions): Promise<PassResult>;
  pairAt(stage: Stage, seed?: Partial<SeedOptions>): Promise<SeededPair>;
}

export function useSchedulerScenario(options: UseSchedulerScenarioOptions): SchedulerScenario {
  const database = useTestDatabase();
  const standIn = useStandIn({ each: options.freshStandIn });
  afterEach(async () => {
    await cancelOpenJobs(database.db);
  });
  const context = (at: Date, more: SchedulerContextOptions = {}) =>
    schedulerContext(database.db, standIn, { adminUserIds: options.adminUserIds, ...more, clock: () => at });
  return {
    database,
    standIn,
    context,
    tick: (at, more) => runSchedulerPass(context(at, more), at),
    async pairAt(stage, seed = {}) {
      const [pair] = await seedPairs(database.db, standIn, 1, { openedAt: options.start, ...seed, stage });
      if (!pair) throw new Error('no pair was seeded');
      return pair;
    },
  };
}
