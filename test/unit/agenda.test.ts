import { describe, expect, it } from 'vitest';
import { agendaKey, agendaSendTime, agendaTopics, buildAgenda, type AgendaFacts } from '../../src/domain/nurture/agenda.js';

const facts: AgendaFacts = {
  stage: 'nurture',
  meetingAt: new Date('2026-02-12T16:00:00Z'),
  zone: 'Europe/Paris',
  now: new Date('2026-02-11T09:00:00Z'),
  meetingsLogged: 1,
  lastCheckinAt: new Date('2026-02-01T09:00:00Z'),
  openItems: [
    { number: 1, text: 'Research three companies', dueOn: null, owner: 'mentee' },
    { number: 2, text: 'Rewrite the CV', dueOn: '2026-02-10', owner: 'mentee' },
    { number: 3, text: 'Send two contacts', dueOn: '2026-02-11', owner: 'mentor' },
  ],
  openSteps: [{ position: 2, text: 'List skill gaps' }],
};

describe('buildAgenda', () => {
  it('carries open items, overdue ones first and marked, and the plan steps not done', () => {
    const agenda = buildAgenda(facts);
    expect(agenda.items.map((item) => [item.number, item.overdue])).toEqual([
      [2, true],
      [3, false],
      [1, false],
    ]);
    expect(agenda.steps).toEqual([{ position: 2, text: 'List skill gaps' }]);
    expect(agenda.meetingNumber).toBe(2);
    expect(agenda.topics).toHaveLength(2);
    expect(agenda.checkIn).toBe(false);
  });

  it('"overdue" is judged on the mentee’s calendar: still 10 February in New York at 03:00 UTC on the 11th', () => {
    const now = new Date('2026-02-11T03:00:00Z');
    const ny = buildAgenda({ ...facts, now, zone: 'America/New_York' });
    const paris = buildAgenda({ ...facts, now, zone: 'Europe/Paris' });
    expect(ny.items.find((item) => item.number === 2)!.overdue).toBe(false);
    expect(paris.items.find((item) => item.number === 2)!.overdue).toBe(true);
  });

  it.each([
    { name: 'the fourth meeting', logged: 3, since: '2026-02-01T09:00:00Z', checkIn: true },
    { name: 'the eighth meeting', logged: 7, since: '2026-02-01T09:00:00Z', checkIn: true },
    { name: 'the fifth meeting, check-in recent', logged: 4, since: '2026-02-01T09:00:00Z', checkIn: false },
    { name: 'six weeks since the last check-in', logged: 1, since: '2026-01-01T16:00:00Z', checkIn: true },
    { name: 'a day short of six weeks', logged: 1, since: '2026-01-02T16:00:00Z', checkIn: false },
  ])('expectations check-in: $name', ({ logged, since, checkIn }) => {
    expect(buildAgenda({ ...facts, meetingsLogged: logged, lastCheckinAt: new Date(since) }).checkIn).toBe(checkIn);
  });
});

describe('agendaTopics', () => {
  it.each(['prepare', 'engage', 'nurture', 'evaluate'] as const)('%s: two topics, never the same two in a row', (stage) => {
    for (let n = 1; n < 12; n += 1) {
      const a = agendaTopics(stage, n);
      const b = agendaTopics(stage, n + 1);
      expect(a).toHaveLength(2);
      expect(new Set(a).size).toBe(2);
      expect([...a].sort()).not.toEqual([...b].sort());
    }
  });

  it('nurture covers career plan, CV, company research and mock interview over two meetings', () => {
    expect([...agendaTopics('nurture', 1), ...agendaTopics('nurture', 2)].sort()).toEqual(['careerPlan', 'companyResearch', 'cvSkills', 'mockInterview']);
  });
});

describe('agendaSendTime', () => {
  const cases = [
    {
      name: '24 hours before, already a working hour (Paris, Thursday 16:00 meeting)',
      meeting: '2026-02-12T15:00:00Z',
      zone: 'Europe/Paris',
      now: '2026-02-01T00:00:00Z',
      at: '2026-02-11T15:00:00.000Z',
    },
    {
      name: '24 hours before is 17:00, the end of the day: the next morning, still before the meeting',
      meeting: '2026-02-12T16:00:00Z',
      zone: 'Europe/Paris',
      now: '2026-02-01T00:00:00Z',
      at: '2026-02-12T08:00:00.000Z',
    },
    {
      name: '24 hours before falls at 08:00: moved to 09:00 the same day',
      meeting: '2026-02-12T07:00:00Z',
      zone: 'Europe/Paris',
      now: '2026-02-01T00:00:00Z',
      at: '2026-02-11T08:00:00.000Z',
    },
    {
      name: 'Monday 08:00 in Paris: no working hour fits after Sunday 08:00, so Friday 16:45',
      meeting: '2026-02-16T07:00:00Z',
      zone: 'Europe/Paris',
      now: '2026-02-01T00:00:00Z',
      at: '2026-02-13T15:45:00.000Z',
    },
    {
      name: 'across the Paris spring change: Monday 30 March 10:00 (UTC+2), sent 09:00 local on Monday',
      meeting: '2026-03-30T08:00:00Z',
      zone: 'Europe/Paris',
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-30T07:00:00.000Z',
    },
    {
      name: 'across the New York spring change: Tuesday 10 March 14:00 (UTC-4), sent Monday 14:00 local',
      meeting: '2026-03-10T18:00:00Z',
      zone: 'America/New_York',
      now: '2026-03-01T00:00:00Z',
      at: '2026-03-09T18:00:00.000Z',
    },
    {
      name: 'planned late (the Friday slot has passed on Saturday): sent now',
      meeting: '2026-02-16T07:00:00Z',
      zone: 'Europe/Paris',
      now: '2026-02-14T12:00:00Z',
      at: '2026-02-14T12:00:00.000Z',
    },
  ];
  it.each(cases)('$name', ({ meeting, zone, now, at }) => {
    expect(agendaSendTime(new Date(meeting), zone, new Date(now))?.toISOString()).toBe(at);
  });

  it('nothing once the meeting has begun', () => {
    expect(agendaSendTime(new Date('2026-02-12T16:00:00Z'), 'Europe/Paris', new Date('2026-02-12T16:00:00Z'))).toBeUndefined();
  });

  it('one key per pair and meeting instant', () => {
    expect(agendaKey(7, new Date('2026-02-12T16:00:00Z'))).toBe('agenda:7:2026-02-12T16:00:00.000Z');
  });
});
