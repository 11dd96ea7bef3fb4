/**
 * `useScenario(options)`: the real app over signed HTTP (a Scenario of ./e2e.ts) for the calling file
 * or describe block, on a fixed clock, with what most end-to-end tests set up by hand:
 *
 *   const { s, clock, tick, pairAt } = useScenario({ start: OPENED, cancelJobs: true });
 *   it('…', async () => {
 *     const pair = await pairAt('nurture');           // clock back at `start`, New York mentor, Paris mentee
 *     clock.set(new Date('2026-01-06T10:00:00Z'));    // what the app's clock shows
 *     await tick(DUE);                                 // one scheduler pass at DUE; the clock shows DUE too
 *   });
 *
 * - `s`: the Scenario (started in beforeAll, stopped in afterAll; forwards once started, see lazy.ts).
 * - `clock`: `now()` and `set(at)`; the app reads it on every request. Without `start` (and until
 *   `set`), it shows the real time.
 * - `tick(at)`: sets the clock to `at` and runs one scheduler pass at `at` (harness.tick).
 * - `pairAt(stage, people?)`: resets the clock to `start` and opens a pair moved by its mentee up to
 *   `stage` (prepare / engage / nurture / evaluate); people default to a mentor in MENTOR_TZ and a
 *   mentee in MENTEE_TZ (./scheduler.ts), given ones are used as they are.
 * - `cancelJobs: true`: after each test the open jobs are cancelled, so a later test's ticks never
 *   send an earlier test's. Other options go to Scenario.start.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { PassResult } from '../../src/scheduler/worker.js';
import type { OpenStage } from '../../src/domain/stages.js';
import { type OpenedPair, type Person, Scenario, type ScenarioOptions } from './e2e.js';
import { lazy } from './lazy.js';
import { cancelOpenJobs, MENTEE_TZ, MENTOR_TZ } from './scheduler.js';

export interface UseScenarioOptions extends Omit<ScenarioOptions, 'clock'> {
  /** Where the clock starts, and where `pairAt` puts it back (default: the real time). */
  start?: Date;
  /** Cancel every open job after each test. */
  cancelJobs?: boolean;
}

export interface TestClock {
  now(): Date;
  set(at: Date): void;
}

export interface ScenarioKit {
  s: Scenario;
  clock: TestClock;
  tick(at: Date): Promise<PassResult>;
  pairAt(stage: OpenStage, people?: { mentor?: Person; mentee?: Person }): Promise<OpenedPair>;
}

export function useScenario(options: UseScenarioOptions = {}): ScenarioKit {
  const { start, cancelJobs, ...scenarioOptions } = options;
  let now = start;
  let scenario: Scenario | undefined;
  const clock: TestClock = { now: () => now ?? new Date(), set: (at) => void (now = at) };
  beforeAll(async () => {
    scenario = await Scenario.start({ ...scenarioOptions, clock: clock.now });
    // Generous: on a loaded two-core machine the embedded database takes its time to open.
  }, 180_000);
  afterAll(async () => {
    await scenario?.stop();
    scenario = undefined;
  });
  if (cancelJobs) {
    afterEach(async () => {
      if (scenario) await cancelOpenJobs(scenario.db);
    });
  }
  const s = lazy('the scenario (useScenario)', () => scenario);
  return {
    s,
    clock,
    tick(at) {
      now = at;
      return s.harness.tick(at);
    },
    pairAt(stage, people = {}) {
      now = start;
      return s.pairAt(stage, {
        mentor: people.mentor ?? s.person('mentor', { tz: MENTOR_TZ }),
        mentee: people.mentee ?? s.person('mentee', { tz: MENTEE_TZ }),
      });
    },
  };
}
