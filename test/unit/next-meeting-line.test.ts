import { describe, expect, it } from 'vitest';
import { type NamedNextMeeting, parseNextMeetingLine, readTime } from '../../src/domain/nurture/next-meeting-line.js';
import { parseLogText } from '../../src/domain/nurture/meeting-log.js';
import { failsWith, type Outcome, outcome } from './outcome.js';

// Wednesday 15 January 2031, 12:00 UTC.
const NOW = new Date('2031-01-15T12:00:00Z');
const PARIS = { today: '2031-01-15', zone: 'Europe/Paris', now: NOW };
const day = (on: string): Outcome<NamedNextMeeting> => ({ value: { on, at: null } });
const at = (on: string, iso: string): Outcome<NamedNextMeeting> => ({ value: { on, at: new Date(iso) } });

describe('parseNextMeetingLine', () => {
  it.each<[string, string, Outcome<NamedNextMeeting> | undefined]>([
    ['an ISO day', 'next meeting: 2031-01-22', day('2031-01-22')],
    ['a day and a 24-hour time (Paris is UTC+1 in winter)', 'next meeting: 2031-01-22 14:30', at('2031-01-22', '2031-01-22T13:30:00Z')],
    ['a weekday word', 'next meeting: friday', day('2031-01-17')],
    ['a short weekday and 2pm', 'Next Meeting : fri 2pm', at('2031-01-17', '2031-01-17T13:00:00Z')],
    ['"on … at …" words are ignored', 'next meeting: on monday at 9:05', at('2031-01-20', '2031-01-20T08:05:00Z')],
    ['today, later in the day', 'next meeting: today 18:00', at('2031-01-15', '2031-01-15T17:00:00Z')],
    ['tomorrow, 12am is midnight', 'next meeting: tomorrow 12am', at('2031-01-16', '2031-01-15T23:00:00Z')],
    ['French words and a French hour', 'prochain rendez-vous : mardi 9h', at('2031-01-21', '2031-01-21T08:00:00Z')],
    ['French, no-break space before the colon', 'prochaine rencontre\u00a0: demain 14h30', at('2031-01-16', '2031-01-16T13:30:00Z')],
    ['French "le … à …"', 'prochaine réunion: le jeudi à 10h', at('2031-01-16', '2031-01-16T09:00:00Z')],
    ['odd spacing and tabs', '   next   meeting:\t 2031-02-01    08:00  ', at('2031-02-01', '2031-02-01T07:00:00Z')],
    ['not a next-meeting line', 'next: call Ana', undefined],
    ['"next meeting" without a colon is a note', 'next meeting we will talk', undefined],
    ['nothing after the colon', 'next meeting:', failsWith('date_invalid')],
    ['a day that does not exist', 'next meeting: 2031-02-30', failsWith('date_invalid')],
    ['a day-first date', 'next meeting: 22/01/2031', failsWith('date_invalid')],
    ['a bare number is no time', 'next meeting: friday 14', failsWith('date_invalid')],
    ['25:00', 'next meeting: friday 25:00', failsWith('date_invalid')],
    ['13pm', 'next meeting: friday 13pm', failsWith('date_invalid')],
    ['too many words', 'next meeting: friday 14:00 in the cafe', failsWith('date_invalid')],
    ['French "14 h 30" with spaces', 'prochain rendez-vous : mardi 14 h 30', at('2031-01-21', '2031-01-21T13:30:00Z')],
    ['French "14h30" with a narrow no-break space before the hour', 'prochain rendez-vous : mardi\u202f14h30', at('2031-01-21', '2031-01-21T13:30:00Z')],
    ['"14 h" alone', 'prochaine rencontre : vendredi 14 h', at('2031-01-17', '2031-01-17T13:00:00Z')],
    ['"2 pm" with a space', 'next meeting: friday 2 pm', at('2031-01-17', '2031-01-17T13:00:00Z')],
    ['"2:30 PM" with a space', 'next meeting: friday at 2:30 PM', at('2031-01-17', '2031-01-17T13:30:00Z')],
    ['"9am"', 'next meeting: tomorrow 9am', at('2031-01-16', '2031-01-16T08:00:00Z')],
    ['"9 a.m."', 'next meeting: tomorrow 9 a.m.', at('2031-01-16', '2031-01-16T08:00:00Z')],
    ['English hours in a French line', 'prochain rendez-vous : vendredi 2:30pm', at('2031-01-17', '2031-01-17T13:30:00Z')],
    ['"14 30" without an h is no time', 'next meeting: friday 14 30', failsWith('date_invalid')],
    ['"14 h 30 pm" mixes two ways', 'next meeting: friday 14 h 30 pm', failsWith('date_invalid')],
    ['"2 pm" followed by a place', 'next meeting: friday 2 pm cafe', failsWith('date_invalid')],
    ['yesterday’s date', 'next meeting: 2031-01-14', failsWith('date_in_past')],
    ['an hour already past today', 'next meeting: today 12:59', failsWith('date_in_past')],
  ])('%s', (_label, line, expected) => {
    const result = outcome(() => parseNextMeetingLine(line, PARIS));
    expect(result).toEqual(expected === undefined ? { value: undefined } : expected);
  });

  it('keeps the local hour across a daylight-saving change (Paris moves to UTC+2 on 30 March 2031)', () => {
    const before = parseNextMeetingLine('next meeting: 2031-03-29 10:00', PARIS);
    const after = parseNextMeetingLine('next meeting: 2031-03-31 10:00', PARIS);
    expect(before?.at?.toISOString()).toBe('2031-03-29T09:00:00.000Z');
    expect(after?.at?.toISOString()).toBe('2031-03-31T08:00:00.000Z');
  });

  it.each<[string, string, string]>([
    ['14 h 30 the day before', 'next meeting: 2031-03-29 14 h 30', '2031-03-29T13:30:00.000Z'],
    ['14 h 30 the day after', 'prochain rendez-vous : 2031-03-31 14 h 30', '2031-03-31T12:30:00.000Z'],
    ['2 pm the day before', 'next meeting: 2031-03-29 2 pm', '2031-03-29T13:00:00.000Z'],
    ['2 pm the day after', 'next meeting: 2031-03-31 2 pm', '2031-03-31T12:00:00.000Z'],
    ['9am on the day of the change itself', 'next meeting: 2031-03-30 9am', '2031-03-30T07:00:00.000Z'],
    ['2:30 am after the autumn change (Paris back to UTC+1 on 26 October 2031)', 'next meeting: 2031-10-27 2:30am', '2031-10-27T01:30:00.000Z'],
  ])('keeps the local hour of a spaced time across daylight saving: %s', (_label, line, iso) => {
    expect(parseNextMeetingLine(line, PARIS)?.at?.toISOString()).toBe(iso);
  });

  it('refuses an hour the spring change skips (02:30 does not exist in Paris on 30 March 2031)', () => {
    expect(outcome(() => parseNextMeetingLine('next meeting: 2031-03-30 2 h 30', PARIS))).toEqual(failsWith('date_invalid'));
  });

  it('reads a time in New York and in Tokyo as the same words, at different instants', () => {
    const ny = parseNextMeetingLine('next meeting: 2031-01-22 09:00', { ...PARIS, zone: 'America/New_York' });
    const tokyo = parseNextMeetingLine('next meeting: 2031-01-22 09:00', { ...PARIS, zone: 'Asia/Tokyo' });
    expect(ny?.at?.toISOString()).toBe('2031-01-22T14:00:00.000Z');
    expect(tokyo?.at?.toISOString()).toBe('2031-01-22T00:00:00.000Z');
  });
});

describe('readTime', () => {
  it.each<[string, { hour: number; minute: number } | undefined]>([
    ['09:30', { hour: 9, minute: 30 }],
    ['9:30', { hour: 9, minute: 30 }],
    ['14h', { hour: 14, minute: 0 }],
    ['14h05', { hour: 14, minute: 5 }],
    ['12pm', { hour: 12, minute: 0 }],
    ['12:15am', { hour: 0, minute: 15 }],
    ['11PM', { hour: 23, minute: 0 }],
    ['14H30', { hour: 14, minute: 30 }],
    ['2:30pm', { hour: 14, minute: 30 }],
    ['9am', { hour: 9, minute: 0 }],
    ['9a.m.', { hour: 9, minute: 0 }],
    ['2P.M.', { hour: 14, minute: 0 }],
    ['9m', undefined],
    ['9pmm', undefined],
    ['9', undefined],
    ['9:60', undefined],
    ['0pm', undefined],
    ['24:00', undefined],
    ['noon', undefined],
  ])('%s', (word, expected) => {
    expect(readTime(word)).toEqual(expected);
  });
});

describe('a next-meeting line inside /mentor-log text', () => {
  it('is taken out of the note; the last such line wins', () => {
    const draft = parseLogText('We met.\nnext meeting: friday\nnext: send CV\nnext meeting: 2031-01-22 10:00', PARIS);
    expect(draft.summary).toBe('We met.');
    expect(draft.actionItems.map((item) => item.text)).toEqual(['send CV']);
    expect(draft.nextMeetingOn).toBe('2031-01-22');
    expect(draft.nextMeetingAt).toEqual(new Date('2031-01-22T09:00:00Z'));
  });

  it('alone, it records no log but sets the meeting (issue 16)', () => {
    const draft = parseLogText('next meeting: friday', PARIS);
    expect(draft.meetingOnly).toBe(true);
    expect(draft.summary).toBe('');
    expect(draft.nextMeetingOn).not.toBeNull();
  });

  it('alone in French, with a time, too', () => {
    const draft = parseLogText('prochain rendez-vous\u00a0: vendredi 14h', PARIS);
    expect(draft.meetingOnly).toBe(true);
    expect(draft.nextMeetingAt).toBeInstanceOf(Date);
  });

  it('an empty text is still empty', () => {
    expect(outcome(() => parseLogText('next:', PARIS))).toEqual(failsWith('log_empty'));
  });
});
