/** "Pair many" from a file: which files are read, their text, and how a CSV's rows are read. */
import { describe, expect, it } from 'vitest';
import { listFileProblem, listFileText, MAX_LIST_FILE_BYTES } from '../../src/domain/programme/list-file.js';
import { DEFAULT_COLUMNS, headerColumns, readCsvRow } from '../../src/domain/programme/pair-list.js';
import { readPairList } from '../../src/services/programme/pair-list-reader.js';

describe('list files', () => {
  it.each([
    [{ name: 'pairs.csv', filetype: 'csv', size: 10 }, undefined],
    [{ name: 'PAIRS.CSV', filetype: 'csv', size: MAX_LIST_FILE_BYTES }, undefined],
    [{ name: 'pairs.txt', filetype: 'text', size: 10 }, undefined],
    [{ name: 'pairs.csv', filetype: 'csv', size: MAX_LIST_FILE_BYTES + 1 }, 'too_large'],
    [{ name: 'pairs.xlsx', filetype: 'xlsx', size: 10 }, 'not_csv'],
    [{ name: 'pairs.csv', filetype: 'xlsx', size: 10 }, 'not_csv'],
    [{ name: 'pairs.png', filetype: 'csv', size: 10 }, 'not_csv'],
    [{ name: 'pairs', filetype: 'csv', size: 10 }, 'not_csv'],
    [{ name: 'pairs.csv', filetype: 'csv', size: Number.NaN }, 'too_large'],
  ])('%j: %s', (file, problem) => expect(listFileProblem(file)).toBe(problem));

  it.each([
    ['UTF-8 with accents', Buffer.from('U1,U2,Été 2027\n', 'utf8'), { text: 'U1,U2,Été 2027\n' }],
    ['a byte-order mark kept for the reader', Buffer.from('\uFEFFU1,U2\n', 'utf8'), { text: '\uFEFFU1,U2\n' }],
    ['Latin-1', Buffer.from('U1,U2,Été\n', 'latin1'), { problem: 'not_text' }],
    ['a NUL byte (a binary file)', Buffer.from([0x55, 0x31, 0x00, 0x2c]), { problem: 'not_text' }],
  ])('%s', (_what, bytes, expected) => expect(listFileText(bytes)).toEqual(expected));
});

describe('CSV headers and rows', () => {
  it.each([
    [['mentor', 'mentee', 'cohort'], { mentor: 0, mentee: 1, cohort: 2, width: 3 }],
    [['Mentee', 'MENTOR'], { mentor: 1, mentee: 0, cohort: undefined, width: 2 }],
    [['cohort', 'mentee', 'mentor'], { mentor: 2, mentee: 1, cohort: 0, width: 3 }],
    [['Mentor', 'Mentoré', 'Promotion'], { mentor: 0, mentee: 1, cohort: 2, width: 3 }],
    [['mentor', 'mentor', 'mentee'], undefined],
    [['mentor', 'cohort'], undefined],
    [['Mentor email', 'Mentee email'], { mentor: 0, mentee: 1, cohort: undefined, width: 2 }],
    [['Mentee', 'Mentor', 'Cohort', '', ''], { mentor: 1, mentee: 0, cohort: 2, width: 5 }],
    [['Notes', 'Mentee', 'Mentor'], { mentor: 2, mentee: 1, cohort: undefined, width: 3 }],
    [['Mentor email', 'Mentor name', 'Mentee email'], undefined],
    [['U01', 'U02'], undefined],
  ])('%j sets %j', (cells, columns) => expect(headerColumns(cells)).toEqual(columns));

  it('reads a row by its columns; filled cells past them make it malformed', () => {
    expect(readCsvRow(2, ['U02', 'U01'], { mentor: 1, mentee: 0, cohort: undefined, width: 2 })).toMatchObject({ mentor: { id: 'U01' }, mentee: { id: 'U02' }, cohort: null });
    expect(readCsvRow(3, ['U01', 'U02', 'Spring', ''], DEFAULT_COLUMNS)).toMatchObject({ cohort: 'Spring' });
    expect(readCsvRow(4, ['U01', 'U02', 'Spring', '2027'], DEFAULT_COLUMNS)).toEqual({ lineNo: 4, problem: 'malformed' });
  });
});

describe('reading a list', () => {
  const ids = (text: string) => readPairList(text).map((line) => ('problem' in line ? [line.lineNo, line.problem] : [line.lineNo, line.mentor, line.mentee, line.cohort]));

  it('a header in its own order, a BOM, CRLF ends and quotes', () => {
    expect(ids('\uFEFFmentee,mentor,cohort\r\nU02,U01,"Spring, 2027"\r\n\r\nU04,U03,\r\n')).toEqual([
      [2, { kind: 'id', id: 'U01' }, { kind: 'id', id: 'U02' }, 'Spring, 2027'],
      [4, { kind: 'id', id: 'U03' }, { kind: 'id', id: 'U04' }, null],
    ]);
  });

  it('semicolons, without a header', () => {
    expect(ids('U01;U02;Autumn\nU03;U04')).toEqual([
      [1, { kind: 'id', id: 'U01' }, { kind: 'id', id: 'U02' }, 'Autumn'],
      [2, { kind: 'id', id: 'U03' }, { kind: 'id', id: 'U04' }, null],
    ]);
  });

  it('a broken line is malformed alone; the lines after it are read', () => {
    expect(ids('U01,"U02,Autumn\nU03,U04,Spring,2027\nU05,U06\n')).toEqual([
      [1, 'malformed'],
      [2, 'malformed'],
      [3, { kind: 'id', id: 'U05' }, { kind: 'id', id: 'U06' }, null],
    ]);
  });

  it('a header with trailing empty cells or extra columns sets the order; those columns are ignored in every row', () => {
    expect(ids('Mentee,Mentor,Cohort,,\nU02,U01,Spring,,\n')).toEqual([[2, { kind: 'id', id: 'U01' }, { kind: 'id', id: 'U02' }, 'Spring']]);
    expect(ids('Notes;Mentee email;Mentor email\nmet at the fair;U02;U01\n')).toEqual([[2, { kind: 'id', id: 'U01' }, { kind: 'id', id: 'U02' }, null]]);
    expect(ids(',,\nU01,U02\n')).toEqual([[2, { kind: 'id', id: 'U01' }, { kind: 'id', id: 'U02' }, null]]);
  });

  it.each([
    ['names neither column', 'Name,Partner,Cohort\nU01,U02\n'],
    ['names the mentor twice', 'Mentor email,Mentor name,Mentee\nU01,Ann,U02\n'],
    ['names only the mentee', 'Cohort,Mentee\nSpring,U02\n'],
    ['is a row of names, not of people Slack knows', 'Ann Smith,Bob Jones,Spring\n'],
  ])('a first row that looks like a header but %s is refused whole', (_what, csv) => {
    expect(() => readPairList(csv)).toThrow('pair_list_header_unreadable');
  });

  it('pasted lines stay pasted lines', () => {
    expect(ids('@marco @lea Spring 2027')).toEqual([[1, { kind: 'handle', handle: 'marco' }, { kind: 'handle', handle: 'lea' }, 'Spring 2027']]);
  });

  it('a header alone is an empty list; more rows than a list holds are refused whole', () => {
    expect(() => readPairList('mentor,mentee,cohort\n')).toThrow('pair_list_empty');
    expect(() => readPairList(Array.from({ length: 501 }, (_, i) => `U${i + 10},U${i + 1000}`).join('\n'))).toThrow('pair_list_too_long');
  });
});
