import { parse } from 'csv-parse/sync';
import { CoachError } from '../../domain/errors.js';
import { withinLength } from '../../domain/input-size.js';
import {
  DEFAULT_COLUMNS,
  headerColumns,
  isHeaderRow,
  type ListColumns,
  type ListLine,
  MAX_LIST_ROWS,
  pastedLineCells,
  readCsvRow,
  readListLine,
} from '../../domain/programme/pair-list.js';

/** The most characters read from a list: MAX_LIST_ROWS lines of two emails and a cohort. */
export const MAX_LIST_CHARS = MAX_LIST_ROWS * 250;

const SEPARATORS = [',', ';', '\t'] as const;

/**
 * Reads a "pair many" list, pasted or uploaded: a CSV (mentor, mentee, cohort; a header row naming
 * the mentor and the mentee sets the order, a first row that looks like a header but names neither
 * is refused; commas, semicolons or tabs, whichever the first
 * line uses first) when its first line has one of those separators, else one pair a line
 * (`@mentor @mentee Spring 2027`). Line numbers are the list's own, so the preview points at them.
 */
export function readPairList(text: string): ListLine[] {
  if (!withinLength(text, MAX_LIST_CHARS)) throw new CoachError('pair_list_too_long', { max: MAX_LIST_ROWS });
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const separator = separatorOf(first);
  const read = separator === undefined ? readPasted(lines) : readCsv(lines, separator);
  if (read.length === 0) throw new CoachError('pair_list_empty');
  if (read.length > MAX_LIST_ROWS) throw new CoachError('pair_list_too_long', { max: MAX_LIST_ROWS });
  return read;
}

function separatorOf(line: string): string | undefined {
  const found = SEPARATORS.map((separator) => ({ separator, at: line.indexOf(separator) })).filter(({ at }) => at >= 0);
  found.sort((a, b) => a.at - b.at);
  return found[0]?.separator;
}

function readPasted(lines: readonly string[]): ListLine[] {
  return lines.flatMap((line, index) => (line.trim() === '' ? [] : [readListLine(index + 1, pastedLineCells(line))]));
}

/**
 * Each line is read on its own, so a broken line (an unclosed quote, a stray one, too many cells) is
 * malformed by itself and the lines after it are read as they are. A cell cannot span lines: no name,
 * email or cohort holds a line break.
 */
function readCsv(lines: readonly string[], separator: string): ListLine[] {
  let columns: ListColumns = DEFAULT_COLUMNS;
  let firstRow = true;
  const read: ListLine[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const lineNo = index + 1;
    const cells = csvCells(line, separator);
    if (cells?.every((cell) => cell === '') === true) continue;
    if (firstRow) {
      firstRow = false;
      if (cells !== undefined && isHeaderRow(cells)) {
        // A header we cannot read is refused whole: a guessed order would open every pair swapped.
        columns = headerColumns(cells) ?? refuseHeader();
        continue;
      }
    }
    if (cells === undefined) {
      read.push({ lineNo, problem: 'malformed' });
      continue;
    }
    read.push(readCsvRow(lineNo, cells, columns));
  }
  return read;
}

function refuseHeader(): never {
  throw new CoachError('pair_list_header_unreadable');
}

/** One line's cells, as csv-parse reads them (quotes, doubled quotes, a cell's spaces trimmed); undefined when it is not one CSV record. */
function csvCells(line: string, separator: string): string[] | undefined {
  try {
    const records = parse(line, { delimiter: separator, trim: true, relax_column_count: false, max_record_size: 2_000 }) as unknown as string[][];
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}
