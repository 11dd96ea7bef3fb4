import { describe, expect, it } from 'vitest';
import { buildAgenda, WRAP_UP_TOPICS } from '../../src/domain/nurture/agenda.js';
import { checkLastMeetingDay, lastMeetingInstant, plannedDay } from '../../src/domain/evaluate/last-meeting.js';
import { nextMeeting, type NextMeetingFacts } from '../../src/domain/nurture/next-meeting.js';
import { type PairFacts, planNudges } from '../../src/domain/scheduling/nudge-plan.js';
import { isWorkingTime } from '../../src/domain/scheduling/working-hours.js';
import { pairFacts } from '../support/pair-facts.js';

// Instants are literal and worked out by hand. Paris leaves summer time on Sun 25 Oct 2026 (+02:00 → +01:00);
// New York on Sun 1 Nov 2026 (-04:00 → -05:00). Thu 29 Oct, Thu 5 Nov and Mon 9 Nov 2026 anchor the cases.
const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

function facts(overrides: Partial<PairFacts> = {}): PairFacts {
  return pairFacts({
    stage: 'evaluate',
    openedAt: new Date('2026-06-01T08:00:00Z'),
    lastActivityAt: new Date('2026-10-10T08:00:00Z'),
    lastLogAt: new Date('2026-10-10T08:00:00Z'),
    goalMissing: false,
    ...overrides,
  });
}

const reminders = (f: PairFacts, now: string) =>
  planNudges(f, new Date(now))
    .filter((n) => n.kind === 'last_meeting_week' || n.kind === 'last_meeting_day')
    .map((n) => [n.kind, n.runAt.toISOString(), n.dedupeKey]);

describe('the last meeting’s reminders, a week and a working day before, with fixed clocks', () => {
  it.each<[string, { at: string; setAt: string; zones?: PairFacts['zones'] }, string, string[][]]>([
    [
      'Paris, across the end of summer time: the week-before reminder keeps the local hour (10:00 CEST = 08:00Z, not 09:00Z)',
      { at: '2026-10-29T09:00:00Z', setAt: '2026-10-01T12:00:00Z' },
      '2026-10-01T12:00:00Z',
      [
        ['last_meeting_week', '2026-10-22T08:00:00.000Z', 'last_meeting_week:7:2026-10-29T09:00:00.000Z'],
        ['last_meeting_day', '2026-10-28T08:00:00.000Z', 'last_meeting_day:7:2026-10-29T09:00:00.000Z'],
      ],
    ],
    [
      'New York, across its own change a week later',
      { at: '2026-11-05T15:00:00Z', setAt: '2026-10-20T12:00:00Z', zones: { mentee: NEW_YORK, mentor: NEW_YORK } },
      '2026-10-20T12:00:00Z',
      [
        // Thu 5 Nov 10:00 EST; a week before is Thu 29 Oct 10:00 EDT = 14:00Z; the working day before, Wed 4 Nov 09:00 EST.
        ['last_meeting_week', '2026-10-29T14:00:00.000Z', 'last_meeting_week:7:2026-11-05T15:00:00.000Z'],
        ['last_meeting_day', '2026-11-04T14:00:00.000Z', 'last_meeting_day:7:2026-11-05T15:00:00.000Z'],
      ],
    ],
    [
      'a Monday meeting: the week before is a Monday, the day before is the Friday',
      { at: '2026-11-09T13:00:00Z', setAt: '2026-10-20T12:00:00Z' },
      '2026-10-20T12:00:00Z',
      [
        ['last_meeting_week', '2026-11-02T13:00:00.000Z', 'last_meeting_week:7:2026-11-09T13:00:00.000Z'],
        ['last_meeting_day', '2026-11-06T08:00:00.000Z', 'last_meeting_day:7:2026-11-09T13:00:00.000Z'],
      ],
    ],
    [
      'set four days ahead: no "a week to go", only the day before',
      { at: '2026-11-05T09:00:00Z', setAt: '2026-11-01T12:00:00Z' },
      '2026-11-01T12:00:00Z',
      [['last_meeting_day', '2026-11-04T08:00:00.000Z', 'last_meeting_day:7:2026-11-05T09:00:00.000Z']],
    ],
    [
      'checked again at send time, a little late: the same reminder, so it is sent',
      { at: '2026-10-29T09:00:00Z', setAt: '2026-10-01T12:00:00Z' },
      '2026-10-22T08:01:00Z',
      [
        ['last_meeting_week', '2026-10-22T08:01:00.000Z', 'last_meeting_week:7:2026-10-29T09:00:00.000Z'],
        ['last_meeting_day', '2026-10-28T08:00:00.000Z', 'last_meeting_day:7:2026-10-29T09:00:00.000Z'],
      ],
    ],
    ['a meeting already past has no reminder', { at: '2026-10-29T09:00:00Z', setAt: '2026-10-01T12:00:00Z' }, '2026-10-29T10:00:00Z', []],
  ])('%s', (_label, meeting, now, expected) => {
    const f = facts({ lastMeeting: { at: new Date(meeting.at), setAt: new Date(meeting.setAt) }, ...(meeting.zones ? { zones: meeting.zones } : {}) });
    const planned = reminders(f, now);
    expect(planned).toEqual(expected);
    for (const [, runAt] of planned) expect(isWorkingTime(new Date(runAt!), f.zones.mentee)).toBe(true);
  });

  it.each(['nurture', 'closed'] as const)('none in %s, nor for a paused pair', (stage) => {
    const lastMeeting = { at: new Date('2026-10-29T09:00:00Z'), setAt: new Date('2026-10-01T12:00:00Z') };
    expect(reminders(facts({ stage, lastMeeting }), '2026-10-01T12:00:00Z')).toEqual([]);
    expect(reminders(facts({ paused: true, lastMeeting }), '2026-10-01T12:00:00Z')).toEqual([]);
  });
});

describe('the last meeting’s day and instant', () => {
  it.each<[string, string, 'date_invalid' | 'date_in_past' | undefined]>([
    ['2026-11-26', '2026-11-26', undefined],
    ['2026-12-24', '2026-11-26', undefined],
    ['2026-11-25', '2026-11-26', 'date_in_past'],
    ['2026-02-30', '2026-01-01', 'date_invalid'],
    ['tomorrow', '2026-01-01', 'date_invalid'],
  ])('%s picked on %s → %s', (day, today, problem) => {
    expect(checkLastMeetingDay(day, today)).toBe(problem);
  });

  it.each<[string, string, { preferredTime: string | null; planned: string | null }, string]>([
    ['no agreement: 09:00 on the mentee’s calendar (winter)', '2026-11-05', { preferredTime: null, planned: null }, '2026-11-05T08:00:00.000Z'],
    ['no agreement: 09:00 in summer time', '2026-10-22', { preferredTime: null, planned: null }, '2026-10-22T07:00:00.000Z'],
    ['the agreement’s preferred time', '2026-11-05', { preferredTime: '17:30', planned: null }, '2026-11-05T16:30:00.000Z'],
    ['the planned meeting’s own time on its day', '2026-11-05', { preferredTime: '17:30', planned: '2026-11-05T13:15:00Z' }, '2026-11-05T13:15:00.000Z'],
    ['another day than the planned one', '2026-11-06', { preferredTime: null, planned: '2026-11-05T13:15:00Z' }, '2026-11-06T08:00:00.000Z'],
  ])('%s', (_label, day, options, expected) => {
    const at = lastMeetingInstant(day, PARIS, { preferredTime: options.preferredTime, planned: options.planned ? new Date(options.planned) : null });
    expect(at.toISOString()).toBe(expected);
  });

  it('the picker starts on the planned meeting’s day in the mentee’s zone', () => {
    expect(plannedDay(new Date('2026-11-05T23:30:00Z'), PARIS)).toBe('2026-11-06');
    expect(plannedDay(new Date('2026-11-05T23:30:00Z'), NEW_YORK)).toBe('2026-11-05');
  });
});

describe('the next meeting while wrapping up', () => {
  const base: NextMeetingFacts = {
    zone: PARIS,
    openedAt: new Date('2026-10-01T08:00:00Z'),
    lastLog: null,
    named: null,
    agreement: null,
  };
  const now = new Date('2026-10-10T08:00:00Z');

  it.each<[string, Partial<NextMeetingFacts>, string, string]>([
    ['the two-week guess gives way to the last meeting', { lastMeetingAt: new Date('2026-10-29T09:00:00Z') }, '2026-10-29T09:00:00.000Z', 'last'],
    [
      'a meeting a log named before it still comes first',
      { lastMeetingAt: new Date('2026-10-29T09:00:00Z'), named: { at: new Date('2026-10-20T09:00:00Z'), on: '2026-10-20' } },
      '2026-10-20T09:00:00.000Z',
      'log',
    ],
    [
      'a named meeting on the last meeting’s own day is that meeting',
      { lastMeetingAt: new Date('2026-10-29T15:00:00Z'), named: { at: new Date('2026-10-29T09:00:00Z'), on: '2026-10-29' } },
      '2026-10-29T15:00:00.000Z',
      'last',
    ],
    ['a last meeting already past changes nothing', { lastMeetingAt: new Date('2026-10-05T09:00:00Z') }, '2026-10-15T07:00:00.000Z', 'default'],
  ])('%s', (_label, overrides, at, source) => {
    const meeting = nextMeeting({ ...base, ...overrides }, now);
    expect([meeting.at.toISOString(), meeting.source]).toEqual([at, source]);
  });

  it('its agenda is the wrap-up: every wrap-up topic, no check-in', () => {
    const agenda = buildAgenda({
      stage: 'evaluate',
      meetingAt: new Date('2026-10-29T09:00:00Z'),
      zone: PARIS,
      now,
      meetingsLogged: 3,
      lastCheckinAt: new Date('2026-06-01T08:00:00Z'),
      openItems: [],
      openSteps: [],
      lastMeeting: true,
    });
    expect(agenda.topics).toEqual([...WRAP_UP_TOPICS]);
    expect(agenda.topics).toEqual(['reviewGoals', 'wrapExpectations', 'wrapHighlights', 'nextChapter', 'wrapThanks']);
    expect(agenda.checkIn).toBe(false);
  });
});
