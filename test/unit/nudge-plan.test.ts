import { describe, expect, it } from 'vitest';
import { type NudgeOccurrence, type PairFacts, planNudges, type PlannedNudge } from '../../src/domain/scheduling/nudge-plan.js';
import { OPEN_STAGES, type Stage } from '../../src/domain/stages.js';
import { isWorkingTime } from '../../src/domain/scheduling/working-hours.js';
import { FACTS_OPENED, pairFacts } from '../support/pair-facts.js';

// All instants are literal and worked out by hand. Calendar anchors (2026): Wed 14 Jan, Mon 2 Feb,
// Wed 18 Feb, Fri 26 Jun; Paris is +01:00 until Sun 29 Mar, +02:00 until Sun 25 Oct; New York is
// -05:00 until Sun 8 Mar, -04:00 until Sun 1 Nov.

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const AUCKLAND = 'Pacific/Auckland';
const LOS_ANGELES = 'America/Los_Angeles';
const LONDON = 'Europe/London';

const OPENED = FACTS_OPENED; // Wed 10:00 Paris

const facts = pairFacts;

/** A pair with a reason for every kind but no_response, planned on Tue 10 Feb 2026, 13:00 Paris. */
const LOADED_NOW = '2026-02-10T12:00:00.000Z';
const loaded = (overrides: Partial<PairFacts> = {}): PairFacts =>
  facts({
    lastLogAt: new Date('2026-02-02T10:00:00.000Z'), // Mon 11:00 Paris
    agreementAt: new Date('2026-01-14T10:00:00.000Z'), // Wed 11:00 Paris
    plannedEndOn: '2026-06-26', // a Friday
    openItems: [
      { id: 31, dueOn: '2026-02-18' }, // a Wednesday
      { id: 32, dueOn: null },
    ],
    ...overrides,
  });

const plan = (pair: PairFacts, now: string) => planNudges(pair, new Date(now));

type Row = { kind: PlannedNudge; key: string; runAt: string };
const byKey = (a: Row, b: Row) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const rows = (nudges: NudgeOccurrence[]): Row[] =>
  nudges.map((n) => ({ kind: n.kind, key: n.dedupeKey, runAt: n.runAt.toISOString() })).sort(byKey);
const sorted = (expected: Row[]) => [...expected].sort(byKey);
const ofKind = (nudges: NudgeOccurrence[], ...kinds: PlannedNudge[]) => nudges.filter((n) => kinds.includes(n.kind));

describe('planNudges: a pair that is paused or closed gets nothing', () => {
  const CASES: Array<[Stage, boolean, number]> = [
    ['closed', false, 0],
    ['closed', false, 3],
    ['closed', true, 0],
    ...OPEN_STAGES.map((stage): [Stage, boolean, number] => [stage, true, 0]),
    ...OPEN_STAGES.map((stage): [Stage, boolean, number] => [stage, true, 5]),
  ];

  it.each(CASES)('stage %s, paused %s, %i silent nudges → []', (stage, paused, nudgesSinceActivity) => {
    // Loaded with reasons for every kind, including a long-overdue meeting and an overdue item.
    const pair = loaded({ stage, paused, nudgesSinceActivity, lastLogAt: new Date('2025-11-01T10:00:00.000Z') });
    expect(plan(pair, LOADED_NOW)).toEqual([]);
  });

  it('the same pair, open and not paused, does get nudges (the cases above are not vacuous)', () => {
    expect(plan(loaded(), LOADED_NOW).length).toBeGreaterThan(0);
  });
});

describe('planNudges: the whole plan of a loaded pair', () => {
  it('one occurrence per reason, each at its working time in Paris', () => {
    const nudges = plan(loaded(), LOADED_NOW);
    expect(rows(nudges)).toEqual(
      sorted([
        { kind: 'meeting_overdue', key: 'meeting_overdue:7:2026-02-02T10:00:00.000Z', runAt: '2026-02-23T10:00:00.000Z' },
        { kind: 'action_due', key: 'action_due:7:31:2026-02-18', runAt: '2026-02-17T08:00:00.000Z' },
        { kind: 'action_overdue', key: 'action_overdue:7:31:2026-02-18', runAt: '2026-02-19T08:00:00.000Z' },
        { kind: 'expectations_checkin', key: 'expectations_checkin:7:2026-01-14T10:00:00.000Z:1', runAt: '2026-02-25T10:00:00.000Z' },
        { kind: 'end_approaching', key: 'end_approaching:7:2026-06-26', runAt: '2026-06-05T07:00:00.000Z' },
        { kind: 'end_reminder', key: 'end_reminder:7:2026-06-26', runAt: '2026-06-19T07:00:00.000Z' },
      ]),
    );
    const payloads = Object.fromEntries(nudges.map((n) => [n.kind, n.payload]));
    expect(payloads).toEqual({
      meeting_overdue: { days: 14 },
      action_due: { item: 31, due: '2026-02-18' },
      action_overdue: { item: 31, due: '2026-02-18' },
      expectations_checkin: { number: 1 },
      end_approaching: { end: '2026-06-26' },
      end_reminder: { end: '2026-06-26' },
    });
  });
});

describe('planNudges: prepare_stalled', () => {
  // [openedAt, now, why, expected runAt]
  const TABLE: Array<[string, string, string, string]> = [
    [OPENED, OPENED, 'opened Wed 10:00 → following Wed 10:00', '2026-01-21T09:00:00.000Z'],
    ['2026-01-16T17:00:00.000Z', '2026-01-16T17:00:00.000Z', 'opened Fri 18:00 → +7 days is Fri 18:00 → Mon 09:00', '2026-01-26T08:00:00.000Z'],
    [OPENED, '2026-01-29T10:30:00.000Z', 'already stalled, now is Thu 11:30 → now', '2026-01-29T10:30:00.000Z'],
    [OPENED, '2026-01-31T10:00:00.000Z', 'already stalled, now is Sat → Mon 09:00', '2026-02-02T08:00:00.000Z'],
    // Seven days of 24 h: across the spring-forward the local hour moves from 10:00 CET to 11:00 CEST.
    ['2026-03-25T09:00:00.000Z', '2026-03-25T09:00:00.000Z', 'opened Wed 10:00 CET → Wed 11:00 CEST', '2026-04-01T09:00:00.000Z'],
  ];

  it.each(TABLE)('opened %s, now %s (%s) → %s', (openedAt, now, _why, expected) => {
    const pair = facts({ stage: 'prepare', openedAt: new Date(openedAt), lastActivityAt: new Date(openedAt) });
    expect(plan(pair, now)).toEqual([{ kind: 'prepare_stalled', dedupeKey: 'prepare_stalled:7', runAt: new Date(expected), payload: {} }]);
  });

  it('is not planned once the goal is written down', () => {
    expect(plan(facts({ stage: 'prepare', goalMissing: false }), OPENED)).toEqual([]);
  });

  it.each(['engage', 'nurture', 'evaluate'] as const)('is not planned in stage %s, goal missing or not', (stage) => {
    expect(ofKind(plan(facts({ stage, goalMissing: true }), OPENED), 'prepare_stalled')).toEqual([]);
  });
});

describe('planNudges: meeting_overdue', () => {
  // [stage, cadenceDays, lastLogAt, why, expected runAt]
  const TABLE: Array<['engage' | 'nurture', number, string | null, string, string]> = [
    ['nurture', 14, '2026-02-02T10:00:00.000Z', 'Mon 11:00 + 21 days', '2026-02-23T10:00:00.000Z'],
    ['engage', 14, '2026-02-02T10:00:00.000Z', 'Mon 11:00 + 21 days', '2026-02-23T10:00:00.000Z'],
    ['nurture', 7, '2026-02-02T10:00:00.000Z', 'Mon 11:00 + 10.5 days = Thu 23:00 → Fri 09:00', '2026-02-13T08:00:00.000Z'],
    ['engage', 7, '2026-02-01T22:00:00.000Z', 'Sun 23:00 + 10.5 days = Thu 11:00', '2026-02-12T10:00:00.000Z'],
    ['nurture', 21, '2026-02-02T10:00:00.000Z', 'Mon 11:00 + 31.5 days = Thu 23:00 → Fri 09:00', '2026-03-06T08:00:00.000Z'],
    ['engage', 14, null, 'no log yet: opened Wed 10:00 + 21 days', '2026-02-04T09:00:00.000Z'],
  ];

  it.each(TABLE)('%s, cadence %i, last log %s (%s) → %s', (stage, cadenceDays, lastLog, _why, expected) => {
    const lastLogAt = lastLog === null ? null : new Date(lastLog);
    const anchor = lastLog ?? OPENED;
    const pair = facts({ stage, cadenceDays, lastLogAt, goalMissing: false });
    expect(plan(pair, anchor)).toEqual([
      { kind: 'meeting_overdue', dedupeKey: `meeting_overdue:7:${anchor}`, runAt: new Date(expected), payload: { days: cadenceDays } },
    ]);
  });

  it('keeps the same key and time when planned again at a later moment before it is due', () => {
    const pair = facts({ lastLogAt: new Date('2026-02-02T10:00:00.000Z') });
    const early = plan(pair, '2026-02-03T12:00:00.000Z');
    const late = plan(pair, '2026-02-20T15:00:00.000Z');
    expect(late).toEqual(early);
    expect(rows(late)).toEqual([
      { kind: 'meeting_overdue', key: 'meeting_overdue:7:2026-02-02T10:00:00.000Z', runAt: '2026-02-23T10:00:00.000Z' },
    ]);
  });

  it('a new log replaces the occurrence with one keyed on the new log', () => {
    const before = plan(facts({ lastLogAt: new Date('2026-02-02T10:00:00.000Z') }), '2026-02-12T10:00:00.000Z');
    const after = plan(facts({ lastLogAt: new Date('2026-02-12T10:00:00.000Z') }), '2026-02-12T10:00:00.000Z');
    expect(rows(after)).toEqual([
      { kind: 'meeting_overdue', key: 'meeting_overdue:7:2026-02-12T10:00:00.000Z', runAt: '2026-03-05T10:00:00.000Z' },
    ]);
    expect(after[0]?.dedupeKey).not.toBe(before[0]?.dedupeKey);
  });

  it.each(['prepare', 'evaluate'] as const)('is not planned in stage %s, however long since the last log', (stage) => {
    const pair = facts({ stage, goalMissing: false, lastLogAt: new Date('2025-10-01T10:00:00.000Z') });
    expect(ofKind(plan(pair, LOADED_NOW), 'meeting_overdue')).toEqual([]);
  });

  // Last log Mon 5 Jan 11:00 Paris → due Mon 26 Jan 11:00; planned later than that.
  const PAST: Array<[string, string, string]> = [
    ['2026-02-04T13:37:00.000Z', 'Wed 14:37, a working time → now', '2026-02-04T13:37:00.000Z'],
    ['2026-02-04T06:30:00.000Z', 'Wed 07:30 → 09:00 the same day', '2026-02-04T08:00:00.000Z'],
    ['2026-02-04T19:00:00.000Z', 'Wed 20:00 → Thu 09:00', '2026-02-05T08:00:00.000Z'],
    ['2026-02-07T13:00:00.000Z', 'Sat 14:00 → Mon 09:00', '2026-02-09T08:00:00.000Z'],
  ];

  it.each(PAST)('already due, planned at %s (%s) → %s, key still on the last log', (now, _why, expected) => {
    const pair = facts({ lastLogAt: new Date('2026-01-05T10:00:00.000Z') });
    expect(rows(plan(pair, now))).toEqual([
      { kind: 'meeting_overdue', key: 'meeting_overdue:7:2026-01-05T10:00:00.000Z', runAt: expected },
    ]);
  });
});

describe('planNudges: action_due and action_overdue', () => {
  // [dueOn, now, mentee zone, why, expected rows]
  const TABLE: Array<[string, string, string, string, Array<[PlannedNudge, string]>]> = [
    ['2026-02-18', LOADED_NOW, PARIS, 'due Wed: Tue 09:00 and Thu 09:00', [
      ['action_due', '2026-02-17T08:00:00.000Z'],
      ['action_overdue', '2026-02-19T08:00:00.000Z'],
    ]],
    ['2026-02-20', LOADED_NOW, PARIS, 'due Fri: Thu 09:00; the day after is Sat → Mon 09:00', [
      ['action_due', '2026-02-19T08:00:00.000Z'],
      ['action_overdue', '2026-02-23T08:00:00.000Z'],
    ]],
    // The working day before a Monday is the Friday.
    ['2026-02-16', LOADED_NOW, PARIS, 'due Mon: Fri 09:00 before it', [
      ['action_due', '2026-02-13T08:00:00.000Z'],
      ['action_overdue', '2026-02-17T08:00:00.000Z'],
    ]],
    ['2026-02-18', '2026-02-17T12:00:00.000Z', PARIS, 'planned Tue 13:00, the day before → now', [
      ['action_due', '2026-02-17T12:00:00.000Z'],
      ['action_overdue', '2026-02-19T08:00:00.000Z'],
    ]],
    // Planned the evening before: the next working time is already the due day.
    ['2026-02-18', '2026-02-17T22:59:59.999Z', PARIS, 'planned Tue 23:59:59.999 → Wed 09:00 (the due day)', [
      ['action_due', '2026-02-18T08:00:00.000Z'],
      ['action_overdue', '2026-02-19T08:00:00.000Z'],
    ]],
    // Planned late, the reminder still goes out on the due day; only once it is over is it dropped.
    ['2026-02-18', '2026-02-17T23:00:00.000Z', PARIS, 'planned Wed 00:00, the due day has started → Wed 09:00', [
      ['action_due', '2026-02-18T08:00:00.000Z'],
      ['action_overdue', '2026-02-19T08:00:00.000Z'],
    ]],
    ['2026-02-18', '2026-02-25T10:00:00.000Z', PARIS, 'planned a week late, a working time → overdue now', [
      ['action_overdue', '2026-02-25T10:00:00.000Z'],
    ]],
    // Days are the mentee's: Wed 00:00 in New York is 05:00Z.
    ['2026-02-18', LOADED_NOW, NEW_YORK, 'New York: Tue 09:00 and Thu 09:00 EST', [
      ['action_due', '2026-02-17T14:00:00.000Z'],
      ['action_overdue', '2026-02-19T14:00:00.000Z'],
    ]],
    ['2026-02-18', '2026-02-18T04:59:59.999Z', NEW_YORK, 'New York Tue 23:59:59.999 → Wed 09:00 EST', [
      ['action_due', '2026-02-18T14:00:00.000Z'],
      ['action_overdue', '2026-02-19T14:00:00.000Z'],
    ]],
    ['2026-02-18', '2026-02-18T05:00:00.000Z', NEW_YORK, 'New York Wed 00:00, the due day has started → Wed 09:00 EST', [
      ['action_due', '2026-02-18T14:00:00.000Z'],
      ['action_overdue', '2026-02-19T14:00:00.000Z'],
    ]],
    // The next working time is after the due day: the "coming up" reminder would come too late.
    ['2026-02-18', '2026-02-18T23:00:00.000Z', NEW_YORK, 'New York Wed 18:00, after hours on the due day → overdue only', [
      ['action_overdue', '2026-02-19T14:00:00.000Z'],
    ]],
    ['2026-02-18', '2026-02-19T05:00:00.000Z', NEW_YORK, 'New York Thu 00:00, the due day is over → overdue only', [
      ['action_overdue', '2026-02-19T14:00:00.000Z'],
    ]],
  ];

  it.each(TABLE)('due %s, planned %s in %s (%s)', (dueOn, now, zone, _why, expected) => {
    const pair = facts({ stage: 'evaluate', goalMissing: false, openItems: [{ id: 31, dueOn }], zones: { mentee: zone, mentor: zone } });
    const nudges = plan(pair, now);
    expect(rows(nudges)).toEqual(sorted(expected.map(([kind, runAt]) => ({ kind, key: `${kind}:7:31:${dueOn}`, runAt }))));
    for (const n of nudges) expect(n.payload).toEqual({ item: 31, due: dueOn });
  });

  it('plans each dated item under its own key', () => {
    const pair = facts({ stage: 'evaluate', openItems: [{ id: 31, dueOn: '2026-02-18' }, { id: 40, dueOn: '2026-02-18' }] });
    expect(rows(plan(pair, LOADED_NOW)).map((r) => r.key)).toEqual([
      'action_due:7:31:2026-02-18',
      'action_due:7:40:2026-02-18',
      'action_overdue:7:31:2026-02-18',
      'action_overdue:7:40:2026-02-18',
    ]);
  });

  it.each([null, '', '2026-02-30', '2026-13-01', 'next week', '18/02/2026'])('ignores an item due on %j', (dueOn) => {
    const pair = facts({ openItems: [{ id: 31, dueOn }] });
    expect(ofKind(plan(pair, LOADED_NOW), 'action_due', 'action_overdue')).toEqual([]);
  });
});

describe('planNudges: expectations_checkin', () => {
  const AGREED = '2026-01-14T10:00:00.000Z'; // Wed 11:00 Paris

  // [agreementAt, now, why, expected [n, runAt][]]
  const TABLE: Array<[string, string, string, Array<[number, string]>]> = [
    [AGREED, AGREED, 'at the agreement: #1 after 42 days', [[1, '2026-02-25T10:00:00.000Z']]],
    [AGREED, '2026-01-20T10:00:00.000Z', 'day 6', [[1, '2026-02-25T10:00:00.000Z']]],
    [AGREED, '2026-02-25T09:59:59.999Z', 'a millisecond before #1', [[1, '2026-02-25T10:00:00.000Z']]],
    [AGREED, '2026-02-25T10:00:00.000Z', 'exactly day 42: #1 now and #2', [
      [1, '2026-02-25T10:00:00.000Z'],
      [2, '2026-04-08T10:00:00.000Z'],
    ]],
    [AGREED, '2026-03-05T10:00:00.000Z', 'day 50, Thu 11:00: #1 (due, maybe unsent) now and #2', [
      [1, '2026-03-05T10:00:00.000Z'],
      [2, '2026-04-08T10:00:00.000Z'],
    ]],
    [AGREED, '2026-03-07T10:00:00.000Z', 'day 52, a Saturday: #1 on Monday 09:00', [
      [1, '2026-03-09T08:00:00.000Z'],
      [2, '2026-04-08T10:00:00.000Z'],
    ]],
    [AGREED, '2026-04-20T10:00:00.000Z', 'day 96: #2 now and #3, #1 no longer', [
      [2, '2026-04-20T10:00:00.000Z'],
      [3, '2026-05-20T10:00:00.000Z'],
    ]],
    ['2026-01-16T17:00:00.000Z', '2026-01-16T17:00:00.000Z', 'agreed Fri 18:00: day 42 is Fri 18:00 → Mon 09:00', [
      [1, '2026-03-02T08:00:00.000Z'],
    ]],
  ];

  it.each(TABLE)('agreed %s, planned %s (%s)', (agreedAt, now, _why, expected) => {
    const pair = facts({ stage: 'evaluate', goalMissing: false, agreementAt: new Date(agreedAt) });
    const nudges = plan(pair, now);
    expect(rows(nudges)).toEqual(
      sorted(expected.map(([n, runAt]) => ({ kind: 'expectations_checkin' as const, key: `expectations_checkin:7:${agreedAt}:${n}`, runAt }))),
    );
    expect(nudges.map((n) => n.payload)).toEqual(expected.map(([n]) => ({ number: n })));
  });

  it('without an agreement there is no check-in', () => {
    expect(ofKind(plan(facts(), '2026-06-01T10:00:00.000Z'), 'expectations_checkin')).toEqual([]);
  });
});

describe('planNudges: end_approaching and end_reminder', () => {
  // [plannedEndOn, now, mentee zone, why, expected [approaching, reminder], [reminder] alone, or []]
  const TABLE: Array<[string, string, string, string, [string, string] | [string] | []]> = [
    ['2026-06-26', '2026-05-01T10:00:00.000Z', PARIS, 'Fri end: Fri 5 Jun and Fri 19 Jun 09:00 CEST', [
      '2026-06-05T07:00:00.000Z',
      '2026-06-19T07:00:00.000Z',
    ]],
    // Calendar days, not 24 h blocks: 09:00 local on each side of the spring-forward.
    ['2026-04-10', '2026-03-01T10:00:00.000Z', PARIS, 'Fri end after DST: 09:00 CET then 09:00 CEST', [
      '2026-03-20T08:00:00.000Z',
      '2026-04-03T07:00:00.000Z',
    ]],
    // Across the fall-back, 21 × 24 h would give 10:00 CEST (a working time); calendar days give 09:00.
    ['2026-11-06', '2026-10-01T10:00:00.000Z', PARIS, 'Fri end after fall-back: 09:00 CEST then 09:00 CET', [
      '2026-10-16T07:00:00.000Z',
      '2026-10-30T08:00:00.000Z',
    ]],
    ['2026-06-28', '2026-05-01T10:00:00.000Z', PARIS, 'Sun end: both land on Sundays → Mondays 09:00', [
      '2026-06-08T07:00:00.000Z',
      '2026-06-22T07:00:00.000Z',
    ]],
    ['2026-06-26', '2026-05-01T10:00:00.000Z', NEW_YORK, 'New York: 09:00 EDT', [
      '2026-06-05T13:00:00.000Z',
      '2026-06-19T13:00:00.000Z',
    ]],
    ['2026-06-26', '2026-06-10T10:00:00.000Z', PARIS, '16 days before: approaching now, reminder on time', [
      '2026-06-10T10:00:00.000Z',
      '2026-06-19T07:00:00.000Z',
    ]],
    // Inside the last week the three-week notice is skipped: one reminder, not two at once.
    ['2026-06-26', '2026-06-22T10:00:00.000Z', PARIS, '4 days before: the reminder alone, now', ['2026-06-22T10:00:00.000Z']],
    ['2026-06-26', '2026-06-19T06:59:59.999Z', PARIS, 'a millisecond before the reminder time: both would land at 09:00, the reminder alone', [
      '2026-06-19T07:00:00.000Z',
    ]],
    ['2026-06-26', '2026-06-18T14:00:00.000Z', PARIS, 'the day before the reminder, a working time: notice now, reminder on time', [
      '2026-06-18T14:00:00.000Z',
      '2026-06-19T07:00:00.000Z',
    ]],
    ['2026-06-26', '2026-06-26T06:59:59.999Z', PARIS, 'a millisecond before 09:00 on the end day: the reminder at 09:00', [
      '2026-06-26T07:00:00.000Z',
    ]],
    ['2026-06-26', '2026-06-26T07:00:00.000Z', PARIS, '09:00 on the end day: none', []],
    ['2026-06-26', '2026-07-01T10:00:00.000Z', PARIS, 'after the end: none', []],
    ['2026-13-01', '2026-05-01T10:00:00.000Z', PARIS, 'an invalid date: none', []],
  ];

  it.each(TABLE)('end %s, planned %s in %s (%s)', (plannedEndOn, now, zone, _why, expected) => {
    const pair = facts({ stage: 'evaluate', goalMissing: false, plannedEndOn, zones: { mentee: zone, mentor: zone } });
    const nudges = plan(pair, now);
    const approaching = expected.length === 2 ? [{ kind: 'end_approaching', key: `end_approaching:7:${plannedEndOn}`, runAt: expected[0] }] : [];
    const reminder = expected.at(-1);
    expect(rows(nudges)).toEqual(
      sorted([
        ...approaching,
        ...(reminder === undefined ? [] : [{ kind: 'end_reminder', key: `end_reminder:7:${plannedEndOn}`, runAt: reminder }]),
      ] as Parameters<typeof sorted>[0]),
    );
    for (const n of nudges) expect(n.payload).toEqual({ end: plannedEndOn });
  });
});

describe('planNudges: no_response after three silent nudges', () => {
  // [nudgesSinceActivity, now, why, expected runAt]
  const TABLE: Array<[number, string, string, string]> = [
    [3, LOADED_NOW, 'Tue 13:00 → now', LOADED_NOW],
    [4, LOADED_NOW, 'Tue 13:00 → now', LOADED_NOW],
    [10, LOADED_NOW, 'Tue 13:00 → now', LOADED_NOW],
    [3, '2026-02-14T12:00:00.000Z', 'Sat 13:00 → Mon 09:00', '2026-02-16T08:00:00.000Z'],
  ];

  it.each(TABLE)('%i silent nudges, planned %s (%s): only the open question', (nudgesSinceActivity, now, _why, expected) => {
    const lastActivityAt = new Date('2026-01-28T15:00:00.000Z');
    for (const stage of OPEN_STAGES) {
      const pair = loaded({ stage, nudgesSinceActivity, lastActivityAt });
      expect(plan(pair, now)).toEqual([
        { kind: 'no_response', dedupeKey: 'no_response:7:2026-01-28T15:00:00.000Z', runAt: new Date(expected), payload: {} },
      ]);
    }
  });

  it('new activity after the question gives a new key', () => {
    const pair = loaded({ nudgesSinceActivity: 3, lastActivityAt: new Date('2026-02-09T09:30:00.000Z') });
    expect(plan(pair, LOADED_NOW).map((n) => n.dedupeKey)).toEqual(['no_response:7:2026-02-09T09:30:00.000Z']);
  });

  it('two silent nudges are not enough: the ordinary plan, no question', () => {
    const nudges = plan(loaded({ nudgesSinceActivity: 2 }), LOADED_NOW);
    expect(ofKind(nudges, 'no_response')).toEqual([]);
    expect(nudges.map((n) => n.kind)).toContain('meeting_overdue');
  });
});

describe('planNudges: two zones', () => {
  it('Paris mentee and New York mentor: every nudge in both working days (15:00–17:00 Paris in winter)', () => {
    const nudges = plan(loaded({ zones: { mentee: PARIS, mentor: NEW_YORK } }), LOADED_NOW);
    expect(rows(nudges)).toEqual(
      sorted([
        { kind: 'meeting_overdue', key: 'meeting_overdue:7:2026-02-02T10:00:00.000Z', runAt: '2026-02-23T14:00:00.000Z' },
        { kind: 'action_due', key: 'action_due:7:31:2026-02-18', runAt: '2026-02-17T14:00:00.000Z' },
        { kind: 'action_overdue', key: 'action_overdue:7:31:2026-02-18', runAt: '2026-02-19T14:00:00.000Z' },
        { kind: 'expectations_checkin', key: 'expectations_checkin:7:2026-01-14T10:00:00.000Z:1', runAt: '2026-02-25T14:00:00.000Z' },
        { kind: 'end_approaching', key: 'end_approaching:7:2026-06-26', runAt: '2026-06-05T13:00:00.000Z' },
        { kind: 'end_reminder', key: 'end_reminder:7:2026-06-26', runAt: '2026-06-19T13:00:00.000Z' },
      ]),
    );
    for (const n of nudges) {
      expect(isWorkingTime(n.runAt, PARIS), n.kind).toBe(true);
      expect(isWorkingTime(n.runAt, NEW_YORK), n.kind).toBe(true);
    }
  });

  // [mentee, mentor, lastLogAt (due = +21 days), why, expected runAt, working for the mentor too]
  const TABLE: Array<[string, string, string, string, string, boolean]> = [
    // Auckland and Los Angeles overlap Auckland Tue–Fri 09:00–14:00 NZDT (LA Mon–Thu 12:00–17:00 PST).
    [AUCKLAND, LOS_ANGELES, '2025-12-26T01:00:00.000Z', 'due Auckland Fri 14:00 = LA Thu 17:00 → Auckland Tue 09:00', '2026-01-19T20:00:00.000Z', true],
    // In June (NZST +12, PDT -07) the overlap is 21:00–00:00Z: Auckland 09–12, LA 14–17 the day before.
    [AUCKLAND, LOS_ANGELES, '2026-05-20T12:00:00.000Z', 'due Auckland Thu 00:00 = LA Wed 05:00 → 21:00Z', '2026-06-10T21:00:00.000Z', true],
    // Auckland and London never overlap: the mentee's working hours.
    [AUCKLAND, LONDON, '2025-12-24T12:00:00.000Z', 'due Auckland Thu 01:00 → Auckland Thu 09:00', '2026-01-14T20:00:00.000Z', false],
    [LONDON, AUCKLAND, '2025-12-24T12:00:00.000Z', 'due London Wed 12:00 → as is', '2026-01-14T12:00:00.000Z', false],
  ];

  it.each(TABLE)('mentee %s, mentor %s, last log %s (%s) → %s', (mentee, mentor, lastLog, _why, expected, both) => {
    const pair = facts({ lastLogAt: new Date(lastLog), zones: { mentee, mentor } });
    const [nudge, ...rest] = plan(pair, lastLog);
    expect(rest).toEqual([]);
    expect(nudge?.runAt.toISOString()).toBe(expected);
    expect(isWorkingTime(new Date(expected), mentee)).toBe(true);
    expect(isWorkingTime(new Date(expected), mentor)).toBe(both);
  });

  it('Auckland mentee, LA mentor, item due Tue: Auckland Mon is LA Sunday, so "due tomorrow" lands on the due day', () => {
    const pair = facts({ stage: 'evaluate', openItems: [{ id: 31, dueOn: '2026-01-20' }], zones: { mentee: AUCKLAND, mentor: LOS_ANGELES } });
    expect(rows(ofKind(plan(pair, '2026-01-12T00:00:00.000Z'), 'action_due'))).toEqual([
      { kind: 'action_due', key: 'action_due:7:31:2026-01-20', runAt: '2026-01-19T20:00:00.000Z' }, // Tue 09:00 NZDT
    ]);
  });
});

describe('planNudges: DST moves the UTC hour of 09:00 local', () => {
  // [zone, lastLogAt (Friday evening; due = +21 days, a Friday evening), why, expected Monday 09:00]
  const TABLE: Array<[string, string, string, string]> = [
    [PARIS, '2026-02-27T18:00:00.000Z', 'due Fri 20 Mar 19:00 CET → Mon 23 Mar, winter', '2026-03-23T08:00:00.000Z'],
    [PARIS, '2026-03-06T18:00:00.000Z', 'due Fri 27 Mar 19:00 CET → Mon 30 Mar, after spring-forward', '2026-03-30T07:00:00.000Z'],
    [PARIS, '2026-10-02T17:00:00.000Z', 'due Fri 23 Oct 19:00 CEST → Mon 26 Oct, after fall-back', '2026-10-26T08:00:00.000Z'],
    [NEW_YORK, '2026-02-06T23:00:00.000Z', 'due Fri 27 Feb 18:00 EST → Mon 2 Mar, winter', '2026-03-02T14:00:00.000Z'],
    [NEW_YORK, '2026-02-13T23:00:00.000Z', 'due Fri 6 Mar 18:00 EST → Mon 9 Mar, after spring-forward', '2026-03-09T13:00:00.000Z'],
  ];

  it.each(TABLE)('%s, last log %s (%s) → %s', (zone, lastLog, _why, expected) => {
    const pair = facts({ lastLogAt: new Date(lastLog), zones: { mentee: zone, mentor: zone } });
    expect(rows(plan(pair, lastLog))).toEqual([
      { kind: 'meeting_overdue', key: `meeting_overdue:7:${lastLog}`, runAt: expected },
    ]);
  });
});

describe('planNudges: keys and determinism', () => {
  const SCENARIOS: Array<[string, PairFacts, string]> = [
    ['loaded nurture pair', loaded(), LOADED_NOW],
    ['loaded pair, two zones', loaded({ zones: { mentee: PARIS, mentor: NEW_YORK } }), LOADED_NOW],
    ['prepare pair with everything', loaded({ stage: 'prepare' }), LOADED_NOW],
    ['engage pair, late in its life', loaded({ stage: 'engage' }), '2026-06-24T10:00:00.000Z'],
    ['silent pair', loaded({ nudgesSinceActivity: 3 }), LOADED_NOW],
  ];

  it('the scenarios cover every kind of nudge', () => {
    const kinds = new Set(SCENARIOS.flatMap(([, pair, now]) => plan(pair, now).map((n) => n.kind)));
    expect([...kinds].sort()).toEqual(
      ['action_due', 'action_overdue', 'end_approaching', 'end_reminder', 'expectations_checkin', 'meeting_overdue', 'no_response', 'prepare_stalled'].sort(),
    );
  });

  it.each(SCENARIOS)('%s: every dedupe key starts with `${kind}:7`', (_name, pair, now) => {
    const nudges = plan(pair, now);
    expect(nudges.length).toBeGreaterThan(0);
    for (const n of nudges) expect(n.dedupeKey === `${n.kind}:7` || n.dedupeKey.startsWith(`${n.kind}:7:`), n.dedupeKey).toBe(true);
  });

  it.each(SCENARIOS)('%s: no two occurrences share a key', (_name, pair, now) => {
    const keys = plan(pair, now).map((n) => n.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SCENARIOS)('%s: planning twice with the same inputs gives the same plan, inputs untouched', (_name, pair, now) => {
    const before = structuredClone(pair);
    const first = plan(pair, now);
    const second = plan(pair, now);
    expect(second).toEqual(first);
    expect(pair).toEqual(before);
  });
});
