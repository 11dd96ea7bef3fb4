import { describe, expect, it } from 'vitest';
import { type ActionItemDraft, type ActionOwner, ownerOf, parseActionItem } from '../../src/domain/nurture/action-item.js';
import {
  type LogDraft,
  type LogFormInput,
  type LogFormResult,
  localDate,
  MAX_LOG_LENGTH,
  parseLogText,
  validateLogForm,
} from '../../src/domain/nurture/meeting-log.js';
import { failsWith, type Outcome, outcome } from './outcome.js';

const draft = (summary: string, actionItems: string[] = []): Outcome<LogDraft> => ({
  value: {
    summary,
    achievements: null,
    nextSteps: actionItems.length > 0 ? actionItems.join('\n') : null,
    nextMeetingOn: null,
    actionItems: actionItems.map((text) => ({ text, dueOn: null, ownerIds: [] })),
    doneNumbers: [],
  },
});

const EMOJI = '😀'; // one character, two UTF-16 units

describe('parseLogText', () => {
  it.each<[string, string, Outcome<LogDraft>]>([
    ['plain text', 'Talked about the CV and the job search.', draft('Talked about the CV and the job search.')],
    ['text is trimmed', '  \n Talked \n\n', draft('Talked')],
    ['several note lines', 'Talked\nabout the CV', draft('Talked\nabout the CV')],
    ['next: line', 'Talked\nnext: call Ana', draft('Talked', ['call Ana'])],
    ['Next : (any case, space before colon)', 'Talked\nNext : call Ana', draft('Talked', ['call Ana'])],
    ['NEXT: in capitals', 'Talked\nNEXT:call Ana', draft('Talked', ['call Ana'])],
    ['leading spaces before next:', 'Talked\n    next:   call Ana  ', draft('Talked', ['call Ana'])],
    ['- [ ] task', 'Talked\n- [ ] update my CV', draft('Talked', ['update my CV'])],
    ['* [ ] task', 'Talked\n* [ ] update my CV', draft('Talked', ['update my CV'])],
    ['-[] task without spaces inside', 'Talked\n-[] update my CV', draft('Talked', ['update my CV'])],
    ['indented - [ ] task', 'Talked\n   - [ ] update my CV', draft('Talked', ['update my CV'])],
    [
      'mixed notes and items keep their order',
      'We met.\nnext: a\nGood talk.\n- [ ] b\n* [ ] c\nNext: d',
      draft('We met.\nGood talk.', ['a', 'b', 'c', 'd']),
    ],
    ['- [ ] with empty item and trailing space is dropped', 'Talked\n- [ ]   \nnext: call Ana', draft('Talked', ['call Ana'])],
    ['- [ ] with empty item at the end is dropped', 'Talked\nnext: call Ana\n- [ ]', draft('Talked', ['call Ana'])],
    ['- [ ] with empty item in the middle is dropped', 'Talked\n- [ ]\nnext: call Ana', draft('Talked', ['call Ana'])],
    ['next: with empty item is dropped', 'Talked\nnext:\nnext:   \nnext: call Ana', draft('Talked', ['call Ana'])],
    ['a plain bullet is a note', 'Talked\n- update my CV', draft('Talked\n- update my CV')],
    ['a ticked box is a note', 'Talked\n- [x] done already', draft('Talked\n- [x] done already')],
    ['"next" without a colon is a note', 'next week we meet again', draft('next week we meet again')],
    ['"next:" in the middle of a line is a note', 'We agreed next: call Ana', draft('We agreed next: call Ana')],
    ['CRLF line ends', 'Talked\r\nabout CV\r\nnext: call Ana\r\n- [ ] send CV\r\n', draft('Talked\nabout CV', ['call Ana', 'send CV'])],
    ['only action lines: summary joins the items', 'next: call Ana\n- [ ] send CV', draft('call Ana; send CV', ['call Ana', 'send CV'])],
    ['a single action line', 'next: call Ana', draft('call Ana', ['call Ana'])],
    ['unicode and emoji kept', `Zoé a réussi 🎉\nnext: 李雷 ${EMOJI}`, draft('Zoé a réussi 🎉', [`李雷 ${EMOJI}`])],
    ['NUL characters are dropped', 'Tal\u0000ked\nnext: call\u0000 Ana', draft('Talked', ['call Ana'])],
    ['only NUL characters', '\u0000\u0000', failsWith('log_empty')],
    ['empty', '', failsWith('log_empty')],
    ['whitespace only', '  \n\t \r\n ', failsWith('log_empty')],
    ['only an empty checkbox', '- [ ] ', failsWith('log_empty')],
    ['only an empty next:', 'next:', failsWith('log_empty')],
    ['only empty action lines', 'next:  \n- [ ]\n* [ ]', failsWith('log_empty')],
    ['exactly 3000 characters', 'a'.repeat(3000), draft('a'.repeat(3000))],
    ['3000 characters with surrounding whitespace', `  ${'a'.repeat(3000)}\n\n`, draft('a'.repeat(3000))],
    ['3001 characters', 'a'.repeat(3001), failsWith('log_too_long', { max: 3000 })],
    ['3000 emoji (6000 UTF-16 units)', EMOJI.repeat(3000), draft(EMOJI.repeat(3000))],
    ['3001 emoji', EMOJI.repeat(3001), failsWith('log_too_long', { max: 3000 })],
    [
      '20 next steps, the most a log holds',
      Array.from({ length: 20 }, (_, i) => `next: step ${i}`).join('\n'),
      draft(Array.from({ length: 20 }, (_, i) => `step ${i}`).join('; '), Array.from({ length: 20 }, (_, i) => `step ${i}`)),
    ],
    ['21 next steps', Array.from({ length: 21 }, (_, i) => `next: step ${i}`).join('\n'), failsWith('log_too_many_items', { max: 20, count: 21 })],
  ])('%s', (_label, text, expected) => {
    expect(outcome(() => parseLogText(text))).toEqual(expected);
  });

  it('uses 3000 as its limit', () => {
    expect(MAX_LOG_LENGTH).toBe(3000);
  });
});

const TODAY = '2026-02-20';

const form = (overrides: Partial<LogFormInput> = {}): LogFormInput => ({
  summary: 'We met and talked about the CV.',
  achievements: null,
  nextSteps: null,
  nextMeetingOn: null,
  ...overrides,
});

const errors = (fields: Extract<LogFormResult, { ok: false }>['errors']): LogFormResult => ({ ok: false, errors: fields });

describe('validateLogForm', () => {
  it.each<[string, LogFormInput, LogFormResult]>([
    [
      'a complete valid form',
      {
        summary: '  We met.  ',
        achievements: ' CV rewritten ',
        nextSteps: '- call Ana\n\n• send CV\n* [ ] book mock interview\nnext: research companies\n   \n',
        nextMeetingOn: ' 2026-03-01 ',
      },
      {
        ok: true,
        draft: {
          summary: 'We met.',
          achievements: 'CV rewritten',
          nextSteps: '- call Ana\n\n• send CV\n* [ ] book mock interview\nnext: research companies',
          nextMeetingOn: '2026-03-01',
          actionItems: ['call Ana', 'send CV', 'book mock interview', 'research companies'].map((text) => ({ text, dueOn: null, ownerIds: [] })),
          doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null,
        },
      },
    ],
    [
      'only a summary',
      form({ summary: 'We met.' }),
      { ok: true, draft: { summary: 'We met.', achievements: null, nextSteps: null, nextMeetingOn: null, actionItems: [], doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null } },
    ],
    [
      'blank optional fields become null',
      form({ summary: 'We met.', achievements: '  ', nextSteps: '\n \n', nextMeetingOn: '   ' }),
      { ok: true, draft: { summary: 'We met.', achievements: null, nextSteps: null, nextMeetingOn: null, actionItems: [], doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null } },
    ],
    [
      'undefined optional fields become null',
      { summary: 'We met.', achievements: undefined, nextSteps: undefined, nextMeetingOn: undefined },
      { ok: true, draft: { summary: 'We met.', achievements: null, nextSteps: null, nextMeetingOn: null, actionItems: [], doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null } },
    ],
    [
      'lines without a bullet, CRLF, bullet variants',
      form({ summary: 'We met.', nextSteps: 'plain line\r\n-   spaced bullet\r\n•no space\r\n- [ ] task\r\nNext : call' }),
      {
        ok: true,
        draft: {
          summary: 'We met.',
          achievements: null,
          nextSteps: 'plain line\r\n-   spaced bullet\r\n•no space\r\n- [ ] task\r\nNext : call',
          nextMeetingOn: null,
          actionItems: ['plain line', 'spaced bullet', 'no space', 'task', 'call'].map((text) => ({ text, dueOn: null, ownerIds: [] })),
          doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null,
        },
      },
    ],
    ['summary empty', form({ summary: '' }), errors({ summary: 'summaryRequired' })],
    ['summary whitespace', form({ summary: ' \n\t ' }), errors({ summary: 'summaryRequired' })],
    ['summary null', form({ summary: null }), errors({ summary: 'summaryRequired' })],
    ['summary undefined', form({ summary: undefined }), errors({ summary: 'summaryRequired' })],
    [
      'summary of exactly 3000 characters',
      form({ summary: 's'.repeat(3000) }),
      { ok: true, draft: { summary: 's'.repeat(3000), achievements: null, nextSteps: null, nextMeetingOn: null, actionItems: [], doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null } },
    ],
    ['summary over 3000', form({ summary: 's'.repeat(3001) }), errors({ summary: 'tooLong' })],
    ['21 next steps', form({ nextSteps: Array.from({ length: 21 }, (_, i) => `- step ${i}`).join('\n') }), errors({ nextSteps: 'tooManyItems' })],
    ['summary of 3001 emoji', form({ summary: EMOJI.repeat(3001) }), errors({ summary: 'tooLong' })],
    ['achievements over 3000', form({ achievements: 'a'.repeat(3001) }), errors({ achievements: 'tooLong' })],
    ['next steps over 3000', form({ nextSteps: 'n'.repeat(3001) }), errors({ nextSteps: 'tooLong' })],
    ['date 2026-02-30 does not exist', form({ nextMeetingOn: '2026-02-30' }), errors({ nextMeetingOn: 'dateInvalid' })],
    ['date "tomorrow"', form({ nextMeetingOn: 'tomorrow' }), errors({ nextMeetingOn: 'dateInvalid' })],
    ['date without zero padding', form({ nextMeetingOn: '2026-3-1' }), errors({ nextMeetingOn: 'dateInvalid' })],
    ['date with a time', form({ nextMeetingOn: '2026-03-01T10:00' }), errors({ nextMeetingOn: 'dateInvalid' })],
    ['date in the past', form({ nextMeetingOn: '2026-02-19' }), errors({ nextMeetingOn: 'dateInPast' })],
    ['date a year back', form({ nextMeetingOn: '2025-12-31' }), errors({ nextMeetingOn: 'dateInPast' })],
    [
      'date today',
      form({ summary: 'We met.', nextMeetingOn: TODAY }),
      { ok: true, draft: { summary: 'We met.', achievements: null, nextSteps: null, nextMeetingOn: TODAY, actionItems: [], doneNumbers: [], metOn: TODAY, nextMeetingAt: null, privateNote: null } },
    ],
    [
      'every field wrong at once',
      { summary: ' ', achievements: 'a'.repeat(4001), nextSteps: 'n'.repeat(4001), nextMeetingOn: '2020-01-01' },
      errors({ summary: 'summaryRequired', achievements: 'tooLong', nextSteps: 'tooLong', nextMeetingOn: 'dateInPast' }),
    ],
  ])('%s', (_label, input, expected) => {
    expect(validateLogForm(input, TODAY)).toEqual(expected);
  });
});

describe('localDate', () => {
  it.each([
    // One instant, two calendar days: Auckland is already tomorrow.
    ['2026-06-15T13:00:00Z', 'Pacific/Auckland', '2026-06-16'],
    ['2026-06-15T13:00:00Z', 'America/Los_Angeles', '2026-06-15'],
    ['2026-06-15T13:00:00Z', 'UTC', '2026-06-15'],
    ['2026-01-15T11:30:00Z', 'Pacific/Auckland', '2026-01-16'],
    ['2026-01-15T11:30:00Z', 'America/Los_Angeles', '2026-01-15'],
    ['2026-01-01T07:59:59Z', 'America/Los_Angeles', '2025-12-31'],
    ['2026-01-01T08:00:00Z', 'America/Los_Angeles', '2026-01-01'],
    // Europe/Paris springs forward on 2026-03-29 at 01:00 UTC: the day starts at 23:00Z (CET)
    // the evening before and ends at 22:00Z (CEST), so it lasts 23 hours.
    ['2026-03-28T22:59:59Z', 'Europe/Paris', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Paris', '2026-03-29'],
    ['2026-03-29T00:59:59Z', 'Europe/Paris', '2026-03-29'],
    ['2026-03-29T01:00:00Z', 'Europe/Paris', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Paris', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Paris', '2026-03-30'],
    // A zone luxon does not know falls back to UTC rather than failing.
    ['2026-06-15T23:30:00Z', 'Mars/Base', '2026-06-15'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
  });

  it('gives different dates for the same instant in Auckland and Los Angeles', () => {
    const now = new Date('2026-06-15T13:00:00Z');
    expect(localDate(now, 'Pacific/Auckland')).not.toBe(localDate(now, 'America/Los_Angeles'));
  });
});

describe('action items with a due date ("by yyyy-mm-dd" at the end of the line)', () => {
  it.each<[string, string, Array<{ text: string; dueOn: string | null }>]>([
    ['a dated item', 'We met.\nnext: send the CV to Ana by 2026-12-05', [{ text: 'send the CV to Ana', dueOn: '2026-12-05' }]],
    ['case and spacing', 'We met.\n- [ ] book a room   BY   2026-12-05  ', [{ text: 'book a room', dueOn: '2026-12-05' }]],
    ['"by" inside the text is kept', 'We met.\nnext: drop by the office by 2026-12-05', [{ text: 'drop by the office', dueOn: '2026-12-05' }]],
    ['without a "today", a weekday word stays text', 'We met.\nnext: finish by friday', [{ text: 'finish by friday', dueOn: null }]],
    ['"by" with any other word is plain text', 'We met.\nnext: stop by the café', [{ text: 'stop by the café', dueOn: null }]],
    ['only a date is plain text', 'We met.\nnext: by 2026-12-05', [{ text: 'by 2026-12-05', dueOn: null }]],
  ])('%s', (_name, text, items) => {
    expect(parseLogText(text).actionItems).toEqual(items.map((item) => ({ ...item, ownerIds: [] })));
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '20261205'])('refuses "by %s" with date_invalid', (date) => {
    expect(outcome(() => parseLogText(`We met.\nnext: send CV by ${date}`))).toEqual(failsWith('date_invalid'));
  });

  it('the form puts a bad due date beside the next-steps field', () => {
    expect(validateLogForm(form({ summary: 'We met.', nextSteps: 'send CV by 2026-02-30' }), '2026-01-01')).toEqual(
      errors({ nextSteps: 'dateInvalid' }),
    );
    const ok = validateLogForm(form({ summary: 'We met.', nextSteps: '- send CV by 2026-02-27' }), '2026-01-01');
    expect(ok.ok && ok.draft.actionItems).toEqual([{ text: 'send CV', dueOn: '2026-02-27', ownerIds: [] }]);
  });
});

// 2026-11-27 is a Friday; the week ends on Sunday 2026-11-29.
const FRIDAY = '2026-11-27';
const MENTOR = 'UMENTOR1';
const MENTEE = 'UMENTEE1';
const members = { mentorId: MENTOR, menteeId: MENTEE };

describe('the inline syntax of a next step: owners by mention, due dates in words', () => {
  it.each<[string, string, string, Outcome<ActionItemDraft>]>([
    ['plain', 'send the CV', FRIDAY, { value: { text: 'send the CV', dueOn: null, ownerIds: [] } }],
    ['one owner', `<@${MENTEE}|zoé> send the CV`, FRIDAY, { value: { text: 'send the CV', dueOn: null, ownerIds: [MENTEE] } }],
    ['an owner without a name', `<@${MENTOR}> call Ana`, FRIDAY, { value: { text: 'call Ana', dueOn: null, ownerIds: [MENTOR] } }],
    [
      'two owners, one named twice, mentions anywhere',
      `<@${MENTOR}|bob> and <@${MENTEE}|zoé> rehearse <@${MENTOR}|bob>`,
      FRIDAY,
      { value: { text: 'and rehearse', dueOn: null, ownerIds: [MENTOR, MENTEE] } },
    ],
    ['an ISO due date', 'book a room by 2026-12-05', FRIDAY, { value: { text: 'book a room', dueOn: '2026-12-05', ownerIds: [] } }],
    // Friday: "by friday" is the next Friday, a week later, never today.
    ['by friday on a Friday', 'send CV by friday', FRIDAY, { value: { text: 'send CV', dueOn: '2026-12-04', ownerIds: [] } }],
    ['by saturday, same week', 'send CV by saturday', FRIDAY, { value: { text: 'send CV', dueOn: '2026-11-28', ownerIds: [] } }],
    ['by monday, across the week boundary', 'send CV by Monday', FRIDAY, { value: { text: 'send CV', dueOn: '2026-11-30', ownerIds: [] } }],
    ['by thu, short and across the week', 'send CV by thu', FRIDAY, { value: { text: 'send CV', dueOn: '2026-12-03', ownerIds: [] } }],
    ['by FRI in capitals', 'send CV BY FRI', FRIDAY, { value: { text: 'send CV', dueOn: '2026-12-04', ownerIds: [] } }],
    ['by sun from a Sunday', 'send CV by sun', '2026-11-29', { value: { text: 'send CV', dueOn: '2026-12-06', ownerIds: [] } }],
    ['by today', 'send CV by today', FRIDAY, { value: { text: 'send CV', dueOn: FRIDAY, ownerIds: [] } }],
    ['by tomorrow, across a month end', 'send CV by tomorrow', '2026-11-30', { value: { text: 'send CV', dueOn: '2026-12-01', ownerIds: [] } }],
    ['by tomorrow, across a year end', 'send CV by Tomorrow', '2026-12-31', { value: { text: 'send CV', dueOn: '2027-01-01', ownerIds: [] } }],
    [
      'odd spacing, tabs and a mention before the date',
      `  relire   le  CV\t de Zoé   <@${MENTEE}|zoé>   by    wed   `,
      FRIDAY,
      { value: { text: 'relire le CV de Zoé', dueOn: '2026-12-02', ownerIds: [MENTEE] } },
    ],
    [
      'unicode text kept',
      `李雷 préparer le pitch 🎤 <@${MENTOR}|bob> by fri`,
      FRIDAY,
      { value: { text: '李雷 préparer le pitch 🎤', dueOn: '2026-12-04', ownerIds: [MENTOR] } },
    ],
    ['"by" inside the text stays', 'drop by the office by fri', FRIDAY, { value: { text: 'drop by the office', dueOn: '2026-12-04', ownerIds: [] } }],
    ['an unknown word stays text', 'finish by fryday', FRIDAY, { value: { text: 'finish by fryday', dueOn: null, ownerIds: [] } }],
    ['a date that does not exist', 'send CV by 2026-02-30', FRIDAY, failsWith('date_invalid')],
    ['a month 13', 'send CV by 2026-13-01', FRIDAY, failsWith('date_invalid')],
    ['a day first date', 'send CV by 05/12/2026', FRIDAY, failsWith('date_invalid')],
    ['an unpadded date', 'send CV by 2026-12-5', FRIDAY, failsWith('date_invalid')],
  ])('%s', (_label, line, today, expected) => {
    expect(outcome(() => parseActionItem(line, { today }))).toEqual(expected);
  });
});

describe('ownerOf: mentions mapped to the pair', () => {
  it.each<[string, string[], Outcome<ActionOwner | null>]>([
    ['nobody named', [], { value: null }],
    ['the mentor', [MENTOR], { value: 'mentor' }],
    ['the mentee', [MENTEE], { value: 'mentee' }],
    ['both', [MENTEE, MENTOR], { value: 'both' }],
    ['someone outside the pair', ['UOTHER99'], failsWith('owner_not_member', { user: '<@UOTHER99>' })],
    ['a member and an outsider', [MENTOR, 'UOTHER99'], failsWith('owner_not_member', { user: '<@UOTHER99>' })],
  ])('%s', (_label, ids, expected) => {
    expect(outcome(() => ownerOf(ids, members))).toEqual(expected);
  });
});

describe('a whole log with owners, weekday dates and done lines', () => {
  it.each<[string, string, Outcome<Pick<LogDraft, 'summary' | 'actionItems' | 'doneNumbers'>>]>([
    [
      'several owners and dates',
      `We met.\nnext: <@${MENTEE}|zoé> send CV by fri\n- [ ] <@${MENTOR}|bob> <@${MENTEE}|zoé> mock interview by 2026-12-10`,
      {
        value: {
          summary: 'We met.',
          actionItems: [
            { text: 'send CV', dueOn: '2026-12-04', ownerIds: [MENTEE] },
            { text: 'mock interview', dueOn: '2026-12-10', ownerIds: [MENTOR, MENTEE] },
          ],
          doneNumbers: [],
        },
      },
    ],
    ['done: 3', 'We met.\ndone: 3', { value: { summary: 'We met.', actionItems: [], doneNumbers: [3] } }],
    ['DONE : #3 with odd spacing', 'We met.\n   DONE :   #3  ', { value: { summary: 'We met.', actionItems: [], doneNumbers: [3] } }],
    ['several numbers, repeats once', 'We met.\ndone: #2, #5 2\ndone: 5', { value: { summary: 'We met.', actionItems: [], doneNumbers: [2, 5] } }],
    ['only a done line still records the meeting', 'done: #4', { value: { summary: 'done: #4', actionItems: [], doneNumbers: [4] } }],
    ['only done lines: the numbers in one short summary', 'done: 4 5\ndone: 7', { value: { summary: 'done: #4, #5, #7', actionItems: [], doneNumbers: [4, 5, 7] } }],
    ['done with words is a note', 'done: the CV', { value: { summary: 'done: the CV', actionItems: [], doneNumbers: [] } }],
    ['a bad date in a later line', 'We met.\nnext: a by fri\nnext: b by 2026-02-30', failsWith('date_invalid')],
  ])('%s', (_label, text, expected) => {
    expect(
      outcome(() => {
        const { summary, actionItems, doneNumbers } = parseLogText(text, { today: FRIDAY });
        return { summary, actionItems, doneNumbers };
      }),
    ).toEqual(expected);
  });

  it('the form reads the same syntax in its next-steps field, done lines included', () => {
    const result = validateLogForm(form({ nextSteps: `- <@${MENTEE}|zoé> send CV by monday\ndone: #1` }), FRIDAY);
    expect(result).toMatchObject({
      ok: true,
      draft: { actionItems: [{ text: 'send CV', dueOn: '2026-11-30', ownerIds: [MENTEE] }], doneNumbers: [1] },
    });
  });
});

describe('a log of done lines only', () => {
  it('keeps its summary within what a log may hold, however many numbers it names', () => {
    const text = `done: ${Array.from({ length: 600 }, (_, n) => n + 1).join(' ')}`;
    expect(text.length).toBeLessThanOrEqual(MAX_LOG_LENGTH);
    const { summary, doneNumbers } = parseLogText(text);
    expect(doneNumbers).toHaveLength(600);
    expect([...summary].length).toBeLessThanOrEqual(MAX_LOG_LENGTH);
    expect(summary.startsWith('done: #1, #2, #3')).toBe(true);
  });
});
