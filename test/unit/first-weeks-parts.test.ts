import { describe, expect, it } from 'vitest';
import { calendarIdentity, channelLink, googleCalendarLink } from '../../src/domain/nurture/calendar-event.js';
import { checkTargetDay, parsePlanStep, planStepLine } from '../../src/domain/prepare/plan-step.js';
import { validateGoalPlan } from '../../src/domain/prepare/goal-plan.js';
import { mentorCommandAudience, parseMentorCommand } from '../../src/domain/pairs/mentor-command.js';
import { parseMention } from '../../src/slack/mentions.js';
import { parseMeetingWords } from '../../src/domain/nurture/next-meeting-line.js';
import { catalogs } from '../../src/content/index.js';
import { calendarFile, googleLink } from '../../src/slack/nurture/calendar-ics.js';

const AT = new Date('2026-03-30T12:00:00.000Z');
const NOW = new Date('2026-03-20T09:00:00.000Z');

describe('the calendar event keeps its UID and raises its SEQUENCE when the meeting moves', () => {
  const fresh = () => 'new-uid';
  it.each([
    { name: 'first file', stored: undefined, at: AT, expected: { uid: 'new-uid', sequence: 0, changed: true } },
    { name: 'same meeting again', stored: { uid: 'u1', sequence: 2, meetingAt: AT }, at: AT, expected: { uid: 'u1', sequence: 2, changed: false } },
    {
      name: 'the meeting moved',
      stored: { uid: 'u1', sequence: 2, meetingAt: AT },
      at: new Date('2026-03-31T12:00:00.000Z'),
      expected: { uid: 'u1', sequence: 3, changed: true },
    },
    {
      name: 'the stored meeting is past: a new meeting, a new event',
      stored: { uid: 'u1', sequence: 4, meetingAt: new Date('2026-03-19T12:00:00.000Z') },
      at: AT,
      expected: { uid: 'new-uid', sequence: 0, changed: true },
    },
  ])('$name', ({ stored, at, expected }) => {
    expect(calendarIdentity(stored, at, NOW, fresh)).toEqual(expected);
  });

  it('a Google Calendar link in UTC, with the agreed length', () => {
    const link = new URL(googleCalendarLink({ title: 'Mentoring: a & b', details: 'Our channel', start: AT, minutes: 45 }));
    expect(link.origin + link.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(link.searchParams.get('action')).toBe('TEMPLATE');
    expect(link.searchParams.get('dates')).toBe('20260330T120000Z/20260330T124500Z');
    expect(link.searchParams.get('text')).toBe('Mentoring: a & b');
    expect(channelLink('T1', 'C2')).toBe('https://slack.com/app_redirect?channel=C2&team=T1');
  });
});

describe('the .ics file (ical-generator)', () => {
  const facts = { uid: 'abc@mentor-coach', sequence: 3, start: AT, minutes: 60, mentor: 'Noor', mentee: 'Théo', link: 'https://slack.com/app_redirect?channel=C2&team=T1', stamp: NOW };
  it('holds both names, the length, the channel link, the UID and SEQUENCE, in the asker’s language', () => {
    const file = calendarFile(catalogs.fr, facts);
    const text = String(file.content).replace(/\r\n[ \t]/g, '');
    expect(file.filename).toMatch(/\.ics$/);
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('UID:abc@mentor-coach');
    expect(text).toContain('SEQUENCE:3');
    expect(text).toContain('DTSTART:20260330T120000Z');
    expect(text).toContain('DTEND:20260330T130000Z');
    expect(text).toContain('Noor');
    expect(text).toContain('Théo');
    expect(text).toContain('app_redirect?channel=C2');
    expect(text).toContain('Mentorat');
    expect(googleLink(catalogs.en, facts)).toContain('dates=20260330T120000Z%2F20260330T130000Z');
  });
});

describe('a plan step may have an owner and a due date', () => {
  it.each([
    { line: 'mentee: rewrite my CV by 2027-01-15', expected: { text: 'rewrite my CV', owner: 'mentee', dueOn: '2027-01-15' } },
    { line: 'les deux : entretien blanc by vendredi', expected: { text: 'entretien blanc', owner: 'both', dueOn: '2026-03-27' } },
    { line: 'Pick the role', expected: { text: 'Pick the role', owner: null, dueOn: null } },
    { line: 'drop by the office', expected: { text: 'drop by the office', owner: null, dueOn: null } },
  ])('$line', ({ line, expected }) => {
    expect(parsePlanStep(line, '2026-03-20')).toEqual(expected);
    // The form is prefilled with a line that reads back the same.
    expect(parsePlanStep(planStepLine(parsePlanStep(line, '2026-03-20')), '2026-03-20')).toEqual(expected);
  });

  it('the goal form keeps the finish line and step details; a wrong date is shown beside its field', () => {
    const ok = validateGoalPlan({
      goal: 'Land a data analyst role',
      plan: 'mentee: list skill gaps by 2027-01-10\nboth: mock interview',
      successCriterion: 'An offer signed',
      targetOn: '2027-06-30',
      today: '2026-03-20',
    });
    expect(ok).toEqual({
      ok: true,
      draft: {
        goal: 'Land a data analyst role',
        steps: ['list skill gaps', 'mock interview'],
        stepDetails: [
          { owner: 'mentee', dueOn: '2027-01-10' },
          { owner: 'both', dueOn: null },
        ],
        successCriterion: 'An offer signed',
        targetOn: '2027-06-30',
      },
    });
    const wrong = validateGoalPlan({ goal: 'G', plan: 'a by 2027-02-31\nb', successCriterion: 'x'.repeat(501), targetOn: '2026-03-19', today: '2026-03-20' });
    expect(wrong).toEqual({ ok: false, errors: { plan: 'stepDateInvalid', successCriterion: 'criterionTooLong', targetOn: 'targetInPast' } });
    expect(checkTargetDay('2026-13-01', '2026-03-20')).toBe('invalid');
  });
});

describe('/mentor meet', () => {
  it('is for the pair’s members, and keeps its words for the service', () => {
    expect(mentorCommandAudience('meet friday 14:00')).toBe('member');
    expect(parseMentorCommand('meet vendredi 14h', parseMention)).toEqual({ kind: 'meet', words: ['vendredi', '14h'] });
    expect(() => parseMentorCommand('meet', parseMention)).toThrow('date_invalid');
  });

  it('reads the words as next meeting: does, in the member’s zone (Paris, after the spring change)', () => {
    const moment = { today: '2026-03-27', zone: 'Europe/Paris', now: new Date('2026-03-27T09:00:00Z') };
    // Tue 31 Mar 14:30 CEST = 12:30Z.
    expect(parseMeetingWords(['tuesday', '14:30'], moment)).toEqual({ on: '2026-03-31', at: new Date('2026-03-31T12:30:00Z') });
    expect(parseMeetingWords(['le', 'mardi', 'à', '14h30'], moment)).toEqual({ on: '2026-03-31', at: new Date('2026-03-31T12:30:00Z') });
    expect(() => parseMeetingWords(['2026-03-26'], moment)).toThrow('date_in_past');
  });
});
