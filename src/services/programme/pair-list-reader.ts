import { parse } from 'csv-parse/sync';
import { CoachError } from '../../domain/errors.js';
import { withinLength } from '../../domain/input-size.js';
import { isHeaderRow, type ListLine, MAX_LIST_ROWS, pastedLineCells, readListLine } from '../../domain/programme/pair-list.js';

/** The most characters read from a list: MAX_LIST_ROWS lines of two emails and a cohort. */
export const MAX_LIST_CHARS = MAX_LIST_ROWS * 250;

/**
 * Reads a "pair many" list: a CSV (mentor, mentee, cohort; a header row is skipped; commas,
 * semicolons or tabs) when its first line has one of those separators, else one pair a line
 * (`@mentor @mentee Spring 2027`). Line numbers are the list's own, so the preview points at them.
 */
export function readPairList(text: string): ListLine[] {
  if (!withinLength(text, MAX_LIST_CHARS)) throw new CoachError('pair_list_too_long', { max: MAX_LIST_ROWS });
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const read = /[,;\t]/u.test(first) ? readCsv(text, lines) : readPasted(lines);
  if (read.length === 0) throw new CoachError('pair_list_empty');
  if (read.length > MAX_LIST_ROWS) throw new CoachError('pair_list_too_long', { max: MAX_LIST_ROWS });
  return read;
}

function readPasted(lines: readonly string[]): ListLine[] {
  return lines.flatMap((line, index) => (line.trim() === '' ? [] : [readListLine(index + 1, pastedLineCells(line))]));
}

function readCsv(text: string, lines: readonly string[]): ListLine[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      max_record_size: 2_000,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch {
    // A broken CSV (an unclosed quote): every line is shown as malformed rather than guessed at.
    return lines.flatMap((line, index) => (line.trim() === '' ? [] : [{ lineNo: index + 1, problem: 'malformed' as const }]));
  }
  const rows = records.filter(({ record }) => record.some((cell) => cell !== ''));
  const body = rows.length > 0 && isHeaderRow(rows[0]?.record ?? []) ? rows.slice(1) : rows;
  return body.map(({ record, info }) => readListLine(info.lines, record));
}
