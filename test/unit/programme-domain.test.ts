import { describe, expect, it } from 'vitest';
import { readCohortName } from '../../src/domain/programme/cohort-name.js';
import { handleVerdict } from '../../src/domain/programme/handle-match.js';
import { checkLines, isHeaderRow, pastedLineCells, readListLine, readPersonRef, type ResolvedLine } from '../../src/domain/programme/pair-list.js';
import { attainmentPercent, reportRow, type ReportFacts } from '../../src/domain/programme/report.js';
import { lastWeeks, stageCounts, weekCounts } from '../../src/domain/programme/chart-data.js';
import { attentionFlags, type AttentionFacts } from '../../src/domain/programme/attention-flags.js';

describe('cohort names', () => {
  it.each([
    ['"Spring 2027"', 'Spring 2027', 'spring 2027'],
    ['  Spring   2027 ', 'Spring 2027', 'spring 2027'],
    ['«\u00a0Printemps 2027\u00a0»', 'Printemps 2027', 'printemps 2027'],
    ['Autumn', 'Autumn', 'autumn'],
  ])('%j reads as %j', (raw, name, key) => {
    expect(readCohortName(raw)).toEqual({ name, key });
  });
  it.each(['', '   ', '""'])('%j is no cohort', (raw) => expect(readCohortName(raw)).toBeUndefined());
  it.each(['x'.repeat(81), 'a <!channel>', 'two\nlines', 'in"side'])('%j is refused', (raw) => {
    expect(() => readCohortName(raw)).toThrow('cohort_invalid');
  });
});

describe('pair lists', () => {
  it.each([
    ['<@U0AB12|marco>', { kind: 'id', id: 'U0AB12' }],
    ['U0AB12', { kind: 'id', id: 'U0AB12' }],
    ['Lea.Martin@Example.org', { kind: 'email', email: 'lea.martin@example.org' }],
    ['@marco.rossi', { kind: 'handle', handle: 'marco.rossi' }],
    ['marco', undefined],
    ['a@b', undefined],
    ['@', undefined],
  ])('%j names %j', (cell, ref) => expect(readPersonRef(cell)).toEqual(ref));

  it('reads a pasted line: two people, then the cohort', () => {
    expect(readListLine(3, pastedLineCells('@marco  U0AB12 "Spring 2027"'))).toEqual({
      lineNo: 3,
      mentor: { kind: 'handle', handle: 'marco' },
      mentee: { kind: 'id', id: 'U0AB12' },
      cohort: 'Spring 2027',
    });
    expect(readListLine(4, pastedLineCells('@marco'))).toEqual({ lineNo: 4, problem: 'malformed' });
    expect(readListLine(5, ['@a', '@b', 'bad <cohort>'])).toEqual({ lineNo: 5, problem: 'cohort_invalid' });
    expect(readListLine(6, ['@a', '@b'])).toMatchObject({ cohort: null });
  });

  it('tells a header row', () => {
    expect(isHeaderRow(['mentor', 'mentee', 'cohort'])).toBe(true);
    expect(isHeaderRow(['Mentor email', 'Mentee email'])).toBe(true);
    expect(isHeaderRow(['@marco', '@lea'])).toBe(false);
  });

  it.each([
    { cells: ['Mentee (@handle)', 'Mentor (@handle)', 'Cohort'], header: true },
    { cells: ['Mentee email (name@x.org)', 'Mentor email (name@x.org)'], header: true },
    { cells: ['Notes (@ allowed)', 'Mentor', 'Mentee'], header: true },
    { cells: ['mentor@acme.org', 'mentee@acme.org'], header: false },
    { cells: ['@mentor', '@mentee', 'Spring'], header: false },
    { cells: ['@ann', '@bob', 'Mentors 2027'], header: false },
    { cells: ['@ann', 'Name (@x)'], header: false },
  ])('$cells: header $header', ({ cells, header }) => expect(isHeaderRow(cells)).toBe(header));

  it('gives each line its first problem, duplicates in either order included', () => {
    const person = (id: string, extra: Partial<{ isBot: boolean; deleted: boolean }> = {}) => ({ id, isBot: false, deleted: false, ...extra });
    const lines: ResolvedLine[] = [
      { lineNo: 1, mentor: person('U1'), mentee: person('U2'), cohort: 'A' },
      { lineNo: 2, mentor: person('U2'), mentee: person('U1'), cohort: 'A' },
      { lineNo: 3, mentor: person('U3'), mentee: person('U3'), cohort: null },
      { lineNo: 4, mentor: person('U4', { isBot: true }), mentee: person('U5'), cohort: null },
      { lineNo: 5, mentor: person('U6'), mentee: person('U7', { deleted: true }), cohort: null },
      { lineNo: 6, mentor: undefined, mentee: person('U5'), cohort: null },
      { lineNo: 7, mentor: person('U8'), mentee: person('U9'), cohort: null },
      { lineNo: 8, problem: 'malformed' },
      { lineNo: 9, mentor: 'ambiguous', mentee: person('U5'), cohort: null },
    ];
    const checked = checkLines(lines, (a, b) => [a, b].sort().join() === 'U8,U9');
    expect(checked.map((line) => line.problem)).toEqual([
      null,
      'duplicate_row',
      'same_person',
      'bot',
      'deactivated',
      'unknown_user',
      'already_paired',
      'malformed',
      'ambiguous_handle',
    ]);
    expect(checked[8]).toMatchObject({ mentorId: null, menteeId: 'U5' });
    expect(checked[0]).toMatchObject({ mentorId: 'U1', menteeId: 'U2', cohort: 'A' });
  });
});

describe('who an @handle names', () => {
  const by = (id: string, how: 'name' | 'display', extra: Partial<{ isBot: boolean; deleted: boolean }> = {}) => ({ id, by: how, isBot: false, deleted: false, ...extra });
  it.each([
    ['nobody', [], undefined],
    ['one username', [by('U1', 'name')], { id: 'U1' }],
    ['a username and another active person’s display name (Slack shows display names)', [by('U2', 'display'), by('U1', 'name')], 'ambiguous'],
    ['a username and the same person’s display name', [by('U1', 'display'), by('U1', 'name')], { id: 'U1' }],
    ['a username over inactive display names', [by('U2', 'display', { deleted: true }), by('U1', 'name'), by('U3', 'display', { isBot: true })], { id: 'U1' }],
    ['a bot username alone still counts (the preview says bot)', [by('U1', 'name', { isBot: true })], { id: 'U1' }],
    ['a bot username and an active display name', [by('U1', 'name', { isBot: true }), by('U2', 'display')], 'ambiguous'],
    ['one display name', [by('U2', 'display')], { id: 'U2' }],
    ['two display names', [by('U2', 'display'), by('U3', 'display')], 'ambiguous'],
    ['two display names, one a bot', [by('U2', 'display'), by('U3', 'display', { isBot: true })], { id: 'U2' }],
    ['two display names, one deactivated', [by('U2', 'display', { deleted: true }), by('U3', 'display')], { id: 'U3' }],
    ['only inactive display names', [by('U2', 'display', { deleted: true })], undefined],
    ['two usernames (never in Slack)', [by('U1', 'name'), by('U4', 'name')], 'ambiguous'],
    ['the same person twice', [by('U2', 'display'), by('U2', 'display')], { id: 'U2' }],
  ] as const)('%s', (_what, candidates, verdict) => expect(handleVerdict(candidates)).toEqual(verdict));
});

describe('report rows', () => {
  const facts: ReportFacts = {
    pairId: 7,
    cohort: 'Spring 2027',
    mentorId: 'U1',
    menteeId: 'U2',
    stage: 'nurture',
    stageSince: new Date('2027-03-01T10:00:00Z'),
    openedAt: new Date('2027-02-01T23:30:00Z'),
    meetingsLogged: 3,
    lastMeetingOn: '2027-03-10',
    itemsDone: 2,
    openItemsDue: [null, '2027-03-14', '2027-03-15', '2027-03-20'],
    prep: { hasGoal: true, steps: 3, mentorInventory: true, menteeInventory: false },
    agreement: true,
    fitAnswers: ['great'],
    averageSessionRating: 3.25,
    outcome: null,
    goalRatings: ['met', 'partly'],
  };
  it('counts, dates in the reader zone, overdue before today', () => {
    const row = reportRow(facts, new Date('2027-03-15T09:00:00Z'), 'Europe/Paris');
    expect(row).toMatchObject({
      number: 7,
      daysInStage: 13,
      openedOn: '2027-02-02',
      itemsOpen: 4,
      itemsOverdue: 1,
      preparation: { done: 3, total: 4 },
      averageSessionRating: 3.3,
      goalAttainment: 75,
    });
  });
  it.each([
    [[], null],
    [['met'], 100],
    [['not_yet', 'partly'], 25],
  ] as const)('attainment of %j is %j', (ratings, percent) => expect(attainmentPercent(ratings)).toBe(percent));
});

describe('chart data', () => {
  it('counts pairs by cohort and stage, zeros included', () => {
    const counts = stageCounts([{ cohort: 'B', stage: 'prepare' }, { cohort: null, stage: 'nurture' }, { cohort: 'B', stage: 'prepare' }], '(none)');
    expect(counts.filter((c) => c.pairs > 0)).toEqual([
      { cohort: '(none)', stage: 'nurture', pairs: 1 },
      { cohort: 'B', stage: 'prepare', pairs: 2 },
    ]);
    expect(counts).toHaveLength(10);
  });
  it('counts meetings per week over the last twelve weeks', () => {
    const now = new Date('2027-03-17T12:00:00Z');
    expect(lastWeeks(now, 'UTC')).toHaveLength(12);
    expect(lastWeeks(now, 'UTC').at(-1)).toBe('2027-03-15');
    const weeks = weekCounts(['2027-03-15', '2027-03-16', '2026-12-01', '2027-03-08'], now, 'UTC');
    expect(weeks.at(-1)).toEqual({ week: '2027-03-15', meetings: 2 });
    expect(weeks.at(-2)).toEqual({ week: '2027-03-08', meetings: 1 });
    expect(weeks.reduce((sum, week) => sum + week.meetings, 0)).toBe(3);
  });
});

describe('attention flags', () => {
  const base: AttentionFacts = {
    stage: 'nurture',
    stageSince: new Date('2027-03-01T00:00:00Z'),
    lastLogAt: null,
    meetingsLogged: 0,
    agreement: false,
    deliveryProblem: false,
    notAFit: false,
    lowPulse: false,
    paused: false,
  };
  it.each([
    ['22 days quiet in its stage', {}, '2027-03-23T01:00:00Z', ['quiet']],
    ['21 days is not yet', {}, '2027-03-22T01:00:00Z', []],
    ['a recent log', { lastLogAt: new Date('2027-03-20T00:00:00Z'), meetingsLogged: 1 }, '2027-03-23T01:00:00Z', []],
    ['paused', { paused: true }, '2027-04-30T00:00:00Z', []],
    ['no agreement after two meetings', { meetingsLogged: 2, lastLogAt: new Date('2027-03-05T00:00:00Z') }, '2027-03-06T00:00:00Z', ['noAgreement']],
    ['every flag', { deliveryProblem: true, notAFit: true, lowPulse: true, meetingsLogged: 3 }, '2027-04-01T00:00:00Z', ['quiet', 'notAFit', 'lowPulse', 'delivery', 'noAgreement']],
  ] as const)('%s', (_name, extra, now, flags) => {
    expect(attentionFlags({ ...base, ...extra }, new Date(now))).toEqual(flags);
  });
});
