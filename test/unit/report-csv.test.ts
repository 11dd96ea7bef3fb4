import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { neutralCell } from '../../src/domain/programme/csv-cell.js';
import { CSV_COLUMNS, type ReportRow } from '../../src/domain/programme/report.js';
import { reportCsv } from '../../src/slack/programme/report-csv.js';

describe('neutralCell: no report cell runs as a spreadsheet formula', () => {
  it.each<[string, string, string]>([
    ['a plain name', 'Ana Lima', 'Ana Lima'],
    ['a number', '12', '12'],
    ['a date', '2027-03-01', '2027-03-01'],
    ['an empty cell', '', ''],
    ['a hyphen inside', 'Jean-Luc', 'Jean-Luc'],
    ['an @ inside (an email)', 'ana@example.org', 'ana@example.org'],
    ['= first', '=1+1', "'=1+1"],
    ['+ first', '+33 6 12', "'+33 6 12"],
    ['- first', '-2+3', "'-2+3"],
    ['@ first', '@SUM(A1)', "'@SUM(A1)"],
    ['a space before =', ' =HYPERLINK("http://x")', '\' =HYPERLINK("http://x")'],
    ['spaces before +', '   +1', "'   +1"],
    ['a tab before -', '\t-1', "'\t-1"],
    ['a tab before @', '\t@A1', "'\t@A1"],
    ['a no-break space before =', '\u00a0=1', "'\u00a0=1"],
    ['a line break before =', '\n=1', "'\n=1"],
    ['a tab alone first', '\tSpring', "'\tSpring"],
    ['a carriage return first', '\rSpring', "'\rSpring"],
    ['a DDE pipe', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a pipe in the middle of a name', 'Team A|B', "'Team A|B"],
    ['a pipe first', '|calc', "'|calc"],
  ])('%s', (_label, value, expected) => {
    expect(neutralCell(value)).toBe(expected);
  });
});

describe('reportCsv guards names and cohorts, not the numbers', () => {
  const row: ReportRow = {
    number: 7,
    cohort: ' =2+5',
    mentorId: 'U1',
    menteeId: 'U2',
    stage: 'nurture',
    daysInStage: 3,
    openedOn: '2027-03-01',
    meetingsLogged: 2,
    lastMeeting: '2027-03-03',
    itemsDone: 1,
    itemsOpen: 0,
    itemsOverdue: 0,
    preparation: { done: 4, total: 4 },
    agreement: true,
    fitAnswers: [],
    averageSessionRating: 4.5,
    outcome: null,
    goalAttainment: null,
  };

  it('writes the guarded cells with an apostrophe and leaves the others as they are', () => {
    const csv = reportCsv(en, {
      cohort: null,
      rows: [row],
      names: new Map([
        ['U1', '\t@mentor'],
        ['U2', 'Lea|Martin'],
      ]),
      chart: { stages: [], weeks: [] },
      zone: 'UTC',
    });
    const [, cells] = parse(csv, { bom: true }) as string[][];
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells?.[i]]));
    expect(byColumn.cohort).toBe("' =2+5");
    expect(byColumn.mentor).toBe("'\t@mentor");
    expect(byColumn.mentee).toBe("'Lea|Martin");
    expect(byColumn.number).toBe('7');
    expect(byColumn.averageSessionRating).toBe('4.5');
    expect(byColumn.openedOn).toBe('2027-03-01');
  });
});
