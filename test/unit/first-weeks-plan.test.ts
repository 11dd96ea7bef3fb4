import { describe, expect, it } from 'vitest';
import { type PairFacts, planNudges } from '../../src/domain/scheduling/nudge-plan.js';
import { buildAgenda, FIRST_MEETING_TOPICS } from '../../src/domain/nurture/agenda.js';
import { isWorkingTime } from '../../src/domain/scheduling/working-hours.js';

// Issue 16, points 1, 6 and 7 in the planner, with literal instants worked out by hand.
// Paris is +01:00 until Sun 29 Mar 2026 and +02:00 until Sun 25 Oct; New York -05:00 until Sun 8 Mar.
const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

function facts(overrides: Partial<PairFacts> = {}): PairFacts {
  return {
    pairId: 9,
    stage: 'nurture',
    paused: false,
    openedAt: new Date('2026-01-14T09:00:00.000Z'), // Wed 10:00 Paris
    lastActivityAt: new Date('2026-01-14T09:00:00.000Z'),
    lastLogAt: null,
    cadenceDays: 14,
    goalMissing: false,
    agreementAt: null,
    plannedEndOn: null,
    openItems: [],
    nudgesSinceActivity: 0,
    zones: { mentee: PARIS, mentor: PARIS },
    ...overrides,
  };
}

const kinds = (pair: PairFacts, now: string, kind: string) =>
  planNudges(pair, new Date(now))
    .filter((n) => n.kind === kind)
    .map((n) => ({ key: n.dedupeKey, runAt: n.runAt.toISOString(), payload: n.payload }));

describe('no drifting: the agreement is proposed by the second logged meeting', () => {
  const NOW = '2026-02-10T12:00:00.000Z'; // Tue 13:00 Paris
  it.each([
    { stage: 'nurture' as const, logged: 2, agreed: null, expected: 1 },
    { stage: 'engage' as const, logged: 3, agreed: null, expected: 1 },
    { stage: 'nurture' as const, logged: 1, agreed: null, expected: 0 },
    { stage: 'nurture' as const, logged: 2, agreed: new Date('2026-01-20T10:00:00Z'), expected: 0 },
    { stage: 'prepare' as const, logged: 2, agreed: null, expected: 0 },
    { stage: 'evaluate' as const, logged: 5, agreed: null, expected: 0 },
  ])('$stage, $logged meetings, agreed $agreed → $expected', ({ stage, logged, agreed, expected }) => {
    const pair = facts({ stage, meetingsLogged: logged, agreementAt: agreed, lastLogAt: new Date('2026-02-09T10:00:00Z') });
    const found = kinds(pair, NOW, 'agreement_proposal');
    expect(found).toHaveLength(expected);
    // One per pair, ever: the key does not move with later logs.
    if (expected === 1) expect(found[0]?.key).toBe('agreement_proposal:9');
  });
});

describe('no drifting: "evaluate is coming" at the horizon when no end date was agreed', () => {
  it.each([
    // Opened Wed 14 Jan 10:00 Paris; +6 months = Tue 14 Jul 09:00 CEST = 07:00Z (DST moved the UTC hour).
    { zone: PARIS, months: 6, runAt: '2026-07-14T07:00:00.000Z' },
    // +3 months = Tue 14 Apr 09:00 CEST = 07:00Z.
    { zone: PARIS, months: 3, runAt: '2026-04-14T07:00:00.000Z' },
    // +1 month = Sat 14 Feb: not a working day, so Mon 16 Feb 09:00 CET = 08:00Z.
    { zone: PARIS, months: 1, runAt: '2026-02-16T08:00:00.000Z' },
    // New York: opened Wed 14 Jan 04:00 EST; +6 months Tue 14 Jul 09:00 EDT = 13:00Z.
    { zone: NEW_YORK, months: 6, runAt: '2026-07-14T13:00:00.000Z' },
  ])('$zone, $months months → $runAt', ({ zone, months, runAt }) => {
    const pair = facts({ horizonMonths: months, zones: { mentee: zone, mentor: zone } });
    const [found] = kinds(pair, '2026-01-20T12:00:00.000Z', 'evaluate_horizon');
    expect(found?.runAt).toBe(runAt);
    expect(found?.payload).toEqual({ months });
    expect(isWorkingTime(new Date(runAt), zone)).toBe(true);
  });

  it('is not planned once an end date is agreed, nor in evaluate, nor without a horizon', () => {
    const NOW = '2026-01-20T12:00:00.000Z';
    expect(kinds(facts({ horizonMonths: 6, plannedEndOn: '2026-06-26' }), NOW, 'evaluate_horizon')).toEqual([]);
    expect(kinds(facts({ horizonMonths: 6, stage: 'evaluate' }), NOW, 'evaluate_horizon')).toEqual([]);
    expect(kinds(facts(), NOW, 'evaluate_horizon')).toEqual([]);
  });

  it('a pair already past its horizon hears it now (at a working time), once: the key stays', () => {
    const pair = facts({ horizonMonths: 6 });
    const [first] = kinds(pair, '2026-09-01T10:00:00.000Z', 'evaluate_horizon');
    const [later] = kinds(pair, '2026-09-08T10:00:00.000Z', 'evaluate_horizon');
    expect(first?.runAt).toBe('2026-09-01T10:00:00.000Z');
    expect(later?.key).toBe(first?.key);
  });
});

describe('a plan step with a due date has the action items’ reminders', () => {
  it('the working day before, then the day after at 09:00 (Paris, across the spring change)', () => {
    // Due Mon 30 Mar 2026: the working day before is Fri 27 Mar 09:00 CET = 08:00Z; overdue Tue 31 Mar 09:00 CEST = 07:00Z.
    const pair = facts({ openSteps: [{ position: 3, dueOn: '2026-03-30' }] });
    expect(kinds(pair, '2026-03-20T12:00:00.000Z', 'step_due')).toEqual([
      { key: 'step_due:9:3:2026-03-30', runAt: '2026-03-27T08:00:00.000Z', payload: { step: 3, due: '2026-03-30' } },
    ]);
    expect(kinds(pair, '2026-03-20T12:00:00.000Z', 'step_overdue')).toEqual([
      { key: 'step_overdue:9:3:2026-03-30', runAt: '2026-03-31T07:00:00.000Z', payload: { step: 3, due: '2026-03-30' } },
    ]);
  });

  it('without steps, or once the day is over, no "due" reminder', () => {
    expect(kinds(facts(), '2026-03-20T12:00:00.000Z', 'step_due')).toEqual([]);
    const pair = facts({ openSteps: [{ position: 1, dueOn: '2026-03-30' }] });
    expect(kinds(pair, '2026-03-31T12:00:00.000Z', 'step_due')).toEqual([]);
  });
});

describe('the first meeting’s agenda', () => {
  const base = {
    stage: 'engage' as const,
    meetingAt: new Date('2026-02-12T14:00:00Z'),
    zone: PARIS,
    now: new Date('2026-02-11T09:00:00Z'),
    lastCheckinAt: new Date('2026-01-14T09:00:00Z'),
    openItems: [],
    openSteps: [{ position: 1, text: 'Pick the role' }],
  };

  it.each(['prepare', 'engage', 'nurture'] as const)('in %s, the first meeting is for getting to know each other, not the CV', (stage) => {
    const agenda = buildAgenda({ ...base, stage, meetingsLogged: 0 });
    expect(agenda.firstMeeting).toBe(true);
    expect(agenda.topics).toEqual([]);
    expect(agenda.checkIn).toBe(false);
    expect(agenda.steps).toEqual([{ position: 1, text: 'Pick the role' }]);
    expect(FIRST_MEETING_TOPICS).toEqual(['getToKnow', 'goalAndPlan', 'workingAgreement']);
  });

  it('the second meeting goes back to the stage’s topics', () => {
    const agenda = buildAgenda({ ...base, meetingsLogged: 1 });
    expect(agenda.firstMeeting).toBeUndefined();
    expect(agenda.topics).toHaveLength(2);
  });
});
