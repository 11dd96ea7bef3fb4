/**
 * `pairFacts(overrides?)`: the facts the nudge planner reads (PairFacts), for unit tests of the
 * planner: by default pair 7 in nurture, opened and last active on Wed 14 Jan 2026 09:00 UTC,
 * never logged, no goal yet, a 14-day cadence, both members in Paris. Override what the test is about.
 */
import type { PairFacts } from '../../src/domain/scheduling/nudge-plan.js';

export const FACTS_OPENED = '2026-01-14T09:00:00.000Z';

export function pairFacts(overrides: Partial<PairFacts> = {}): PairFacts {
  return {
    pairId: 7,
    stage: 'nurture',
    paused: false,
    openedAt: new Date(FACTS_OPENED),
    lastActivityAt: new Date(FACTS_OPENED),
    lastLogAt: null,
    cadenceDays: 14,
    goalMissing: true,
    agreementAt: null,
    plannedEndOn: null,
    openItems: [],
    nudgesSinceActivity: 0,
    zones: { mentee: 'Europe/Paris', mentor: 'Europe/Paris' },
    ...overrides,
  };
}
