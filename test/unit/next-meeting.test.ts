import { describe, expect, it } from 'vitest';
import { nextMeeting, type NextMeetingFacts } from '../../src/domain/nurture/next-meeting.js';

const base: NextMeetingFacts = { zone: 'Europe/Paris', openedAt: new Date('2026-01-05T14:30:00Z'), lastLog: null, named: null, agreement: null };
const agreement = (over: Partial<NonNullable<NextMeetingFacts['agreement']>> = {}) => ({
  frequency: 'weekly' as const,
  preferredDay: null,
  preferredTime: null,
  startsOn: '2026-01-05',
  ...over,
});

describe('nextMeeting', () => {
  const cases: Array<{ name: string; facts: Partial<NextMeetingFacts>; now: string; at: string; source: string }> = [
    {
      name: 'the instant the last log named',
      facts: { named: { at: new Date('2026-03-10T16:00:00Z'), on: '2026-03-10' } },
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-10T16:00:00.000Z',
      source: 'log',
    },
    {
      name: 'the day the last log named, at 09:00 in Paris (winter, UTC+1)',
      facts: { named: { at: null, on: '2026-03-10' } },
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-10T08:00:00.000Z',
      source: 'log',
    },
    {
      name: 'the day the last log named, at 09:00 in Paris after the spring change (UTC+2)',
      facts: { named: { at: null, on: '2026-03-31' } },
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-31T07:00:00.000Z',
      source: 'log',
    },
    {
      name: 'the day the last log named, at the agreement’s preferred time',
      facts: { named: { at: null, on: '2026-03-10' }, agreement: agreement({ preferredTime: '18:30' }) },
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-10T17:30:00.000Z',
      source: 'log',
    },
    {
      name: 'the day the last log named, in New York across its March change (UTC-4)',
      facts: { zone: 'America/New_York', named: { at: null, on: '2026-03-09' } },
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-09T13:00:00.000Z',
      source: 'log',
    },
    {
      name: 'weekly on Thursday at 17:00 from the last meeting',
      facts: { lastLog: { metOn: '2026-02-02', loggedAt: new Date('2026-02-02T18:00:00Z') }, agreement: agreement({ preferredDay: 'thu', preferredTime: '17:00' }) },
      now: '2026-02-03T00:00:00Z',
      at: '2026-02-12T16:00:00.000Z',
      source: 'agreement',
    },
    {
      name: 'biweekly: the local hour holds across the Paris spring change',
      facts: { lastLog: { metOn: '2026-03-20', loggedAt: new Date('2026-03-20T10:00:00Z') }, agreement: agreement({ frequency: 'biweekly', preferredTime: '10:00' }) },
      now: '2026-03-21T00:00:00Z',
      at: '2026-04-03T08:00:00.000Z',
      source: 'agreement',
    },
    {
      name: 'monthly, calendar month, preferred Monday',
      facts: { lastLog: { metOn: '2026-01-15', loggedAt: new Date('2026-01-15T10:00:00Z') }, agreement: agreement({ frequency: 'monthly', preferredDay: 'mon' }) },
      now: '2026-01-16T00:00:00Z',
      at: '2026-02-16T08:00:00.000Z',
      source: 'agreement',
    },
    {
      name: 'no meeting yet: the agreement’s start, on its preferred day',
      facts: { agreement: agreement({ startsOn: '2026-01-07', preferredDay: 'fri', preferredTime: '12:00' }) },
      now: '2026-01-06T00:00:00Z',
      at: '2026-01-09T11:00:00.000Z',
      source: 'agreement',
    },
    {
      name: 'a rhythm long past is repeated until it is ahead',
      facts: { lastLog: { metOn: '2026-01-05', loggedAt: new Date('2026-01-05T10:00:00Z') }, agreement: agreement() },
      now: '2026-01-20T00:00:00Z',
      at: '2026-01-26T08:00:00.000Z',
      source: 'agreement',
    },
    {
      name: 'a named meeting already past counts as the last meeting',
      facts: { named: { at: new Date('2026-02-10T16:00:00Z'), on: '2026-02-10' }, lastLog: { metOn: null, loggedAt: new Date('2026-01-27T10:00:00Z') } },
      now: '2026-02-11T00:00:00Z',
      at: '2026-02-24T08:00:00.000Z',
      source: 'default',
    },
    {
      name: 'nothing agreed: two weeks after the pair opened, 09:00 in the mentee’s zone',
      facts: {},
      now: '2026-01-06T00:00:00Z',
      at: '2026-01-19T08:00:00.000Z',
      source: 'default',
    },
    {
      name: 'nothing agreed: two weeks after the last log, in New York across the November change (UTC-5)',
      facts: { zone: 'America/New_York', lastLog: { metOn: null, loggedAt: new Date('2026-10-25T15:00:00Z') } },
      now: '2026-10-26T00:00:00Z',
      at: '2026-11-08T14:00:00.000Z',
      source: 'default',
    },
  ];
  it.each(cases)('$name', ({ facts, now, at, source }) => {
    const result = nextMeeting({ ...base, ...facts }, new Date(now));
    expect({ at: result.at.toISOString(), source: result.source }).toEqual({ at, source });
  });
});
