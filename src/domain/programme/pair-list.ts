import { readCohortName } from './cohort-name.js';
import { isCoachError } from '../errors.js';

/**
 * "Pair many": the lines an admin pastes (`@mentor @mentee Spring 2027`) or the rows of a CSV
 * (mentor, mentee, cohort), read into who and which cohort — or why a line cannot be opened.
 */

/** How a person is named in a list: a Slack id, an escaped mention, an email or an @handle. */
export type PersonRef = { kind: 'id'; id: string } | { kind: 'email'; email: string } | { kind: 'handle'; handle: string };

/** What can be wrong with one line; the preview says it beside the line. */
export const ROW_PROBLEMS = [
  'malformed',
  'unknown_user',
  'bot',
  'deactivated',
  'same_person',
  'already_paired',
  'duplicate_row',
  'ambiguous_handle',
  'cohort_invalid',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

export function isRowProblem(value: string): value is RowProblem {
  return (ROW_PROBLEMS as readonly string[]).includes(value);
}

/** The most lines one list may hold (a whole programme at once); longer lists are refused whole. */
export const MAX_LIST_ROWS = 500;

export type ListLine =
  | { lineNo: number; mentor: PersonRef; mentee: PersonRef; cohort: string | null }
  | { lineNo: number; problem: 'malformed' | 'cohort_invalid' };

const USER_ID = /^[UW][A-Z0-9]{2,20}$/;
const MENTION = /^<@([UW][A-Z0-9]{2,20})(?:\|[^<>|]{0,80})?>$/;
// One @ between a local part and a domain with a dot: the shape Slack's lookup accepts, checked linearly.
const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>.]{1,63}(?:\.[^\s@<>.]{1,63}){1,8}$/;
const HANDLE = /^@([\w.-]{1,80})$/u;

/** One cell or word naming a person; undefined when it names nobody we could look up. */
export function readPersonRef(cell: string): PersonRef | undefined {
  const text = cell.trim();
  const mention = MENTION.exec(text);
  if (mention?.[1] !== undefined) return { kind: 'id', id: mention[1] };
  if (USER_ID.test(text)) return { kind: 'id', id: text };
  if (EMAIL.test(text)) return { kind: 'email', email: text.toLowerCase() };
  const handle = HANDLE.exec(text);
  if (handle?.[1] !== undefined) return { kind: 'handle', handle: handle[1].toLowerCase() };
  return undefined;
}

/** A row's cells (a CSV row, or a pasted line cut at its first two spaces): mentor, mentee, then the cohort. */
export function readListLine(lineNo: number, cells: readonly string[]): ListLine {
  const [mentorCell, menteeCell, ...rest] = cells;
  const mentor = mentorCell === undefined ? undefined : readPersonRef(mentorCell);
  const mentee = menteeCell === undefined ? undefined : readPersonRef(menteeCell);
  if (mentor === undefined || mentee === undefined) return { lineNo, problem: 'malformed' };
  try {
    const cohort = readCohortName(rest.join(' '));
    return { lineNo, mentor, mentee, cohort: cohort?.name ?? null };
  } catch (error) {
    if (isCoachError(error) && error.code === 'cohort_invalid') return { lineNo, problem: 'cohort_invalid' };
    throw error;
  }
}

/** A pasted line: two words naming people, then the cohort (the rest of the line, quotes optional). */
export function pastedLineCells(line: string): string[] {
  const words = line.trim().split(/\s+/u);
  return [words[0] ?? '', words[1] ?? '', words.slice(2).join(' ')];
}

/**
 * A CSV's first row is a header unless its first two cells (where people sit without a header) both
 * name someone: when any cell names the mentor's or the mentee's column (`Mentee (@handle)`, `Mentor
 * email (name@x.org)`: a header may show an example with an @), or when those two cells hold no @
 * (`Name,Email`). Such a row is read as a header or the list is refused; it is never guessed at.
 * A first data row's cohort that says "Mentors 2027" keeps it a data row.
 */
export function isHeaderRow(cells: readonly string[]): boolean {
  const firstTwo = cells.slice(0, 2);
  if (cells.length === 0 || firstTwo.every((cell) => readPersonRef(cell) !== undefined)) return false;
  const namesPeople = cells.some((cell) => {
    const name = columnName(cell);
    return name === 'mentor' || name === 'mentee';
  });
  return namesPeople || firstTwo.every((cell) => readPersonRef(cell) === undefined && !cell.includes('@'));
}

/** Where the mentor, the mentee and the cohort sit in a CSV's rows. */
export interface ListColumns {
  mentor: number;
  mentee: number;
  cohort: number | undefined;
  /** Cells a row may hold; a row with more (filled) cells is malformed rather than guessed at. */
  width: number;
}

/** Without a header naming them: mentor, mentee, then the cohort. */
export const DEFAULT_COLUMNS: ListColumns = { mentor: 0, mentee: 1, cohort: 2, width: 3 };

type ColumnName = 'mentor' | 'mentee' | 'cohort';

const COLUMN_NAMES: Record<string, ColumnName> = {
  mentor: 'mentor',
  mentors: 'mentor',
  mentee: 'mentee',
  mentees: 'mentee',
  cohort: 'cohort',
  // The French catalog's words, for a CSV made from the French help.
  mentoré: 'mentee',
  mentorée: 'mentee',
  mentore: 'mentee',
  mentoree: 'mentee',
  promotion: 'cohort',
};

/** The column a header cell names (`Mentee`, `Mentor email`, `Mentoré·e`): exactly one known word in it, else none. */
function columnName(cell: string): ColumnName | undefined {
  // A cell naming a person (`mentor@acme.org`, `@mentee`) is data, whatever words it holds.
  if (readPersonRef(cell) !== undefined) return undefined;
  const words = cell.toLowerCase().split(/\P{L}+/u);
  const names = new Set(words.flatMap((word) => COLUMN_NAMES[word] ?? []));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * A header row naming the mentor's and the mentee's columns (the cohort's optional), in any case
 * and order: the columns it sets. Empty and unknown cells (`Notes`, a spreadsheet's trailing empty
 * cells) are ignored, and so are those columns in every row. Undefined when a column is missing or
 * named twice: the row cannot be read as a header.
 */
export function headerColumns(cells: readonly string[]): ListColumns | undefined {
  const found: Partial<Record<ColumnName, number>> = {};
  for (const [index, cell] of cells.entries()) {
    const name = columnName(cell);
    if (name === undefined) continue;
    if (found[name] !== undefined) return undefined;
    found[name] = index;
  }
  if (found.mentor === undefined || found.mentee === undefined) return undefined;
  return { mentor: found.mentor, mentee: found.mentee, cohort: found.cohort, width: cells.length };
}

/** One CSV row read by its columns; extra filled cells make it malformed. */
export function readCsvRow(lineNo: number, cells: readonly string[], columns: ListColumns): ListLine {
  if (cells.slice(columns.width).some((cell) => cell.trim() !== '')) return { lineNo, problem: 'malformed' };
  const cohort = columns.cohort === undefined ? '' : (cells[columns.cohort] ?? '');
  return readListLine(lineNo, [cells[columns.mentor] ?? '', cells[columns.mentee] ?? '', cohort]);
}

/** A person as Slack knows them, for the checks of the preview. */
export interface ListedPerson {
  id: string;
  isBot: boolean;
  deleted: boolean;
}

/** A person once looked up: undefined when Slack knows nobody by that name, 'ambiguous' when several people answer to an @handle. */
export type LookedUp = ListedPerson | 'ambiguous' | undefined;

/** A line once its people were looked up. */
export type ResolvedLine =
  | { lineNo: number; mentor: LookedUp; mentee: LookedUp; cohort: string | null }
  | { lineNo: number; problem: 'malformed' | 'cohort_invalid' };

export type CheckedLine =
  | { lineNo: number; mentorId: string; menteeId: string; cohort: string | null; problem: null }
  | { lineNo: number; mentorId: string | null; menteeId: string | null; cohort: string | null; problem: RowProblem };

/**
 * The preview's verdict on each line, in order: the first problem found, or null ("will open").
 * `taken` says whether two people already share an active pair (or one queued by another list); a
 * second line for the same two people, in either order, is a duplicate.
 */
export function checkLines(lines: readonly ResolvedLine[], taken: (a: string, b: string) => boolean): CheckedLine[] {
  const seen = new Set<string>();
  return lines.map((line) => {
    if ('problem' in line) return { lineNo: line.lineNo, mentorId: null, menteeId: null, cohort: null, problem: line.problem };
    const base = { lineNo: line.lineNo, mentorId: idOf(line.mentor), menteeId: idOf(line.mentee), cohort: line.cohort };
    const problem = personProblem(line.mentor) ?? personProblem(line.mentee);
    if (problem !== undefined || !isPerson(line.mentor) || !isPerson(line.mentee)) return { ...base, problem: problem ?? 'unknown_user' };
    if (line.mentor.id === line.mentee.id) return { ...base, problem: 'same_person' };
    const key = [line.mentor.id, line.mentee.id].sort().join(' ');
    if (seen.has(key)) return { ...base, problem: 'duplicate_row' };
    seen.add(key);
    if (taken(line.mentor.id, line.mentee.id)) return { ...base, problem: 'already_paired' };
    return { ...base, mentorId: line.mentor.id, menteeId: line.mentee.id, problem: null };
  });
}

function isPerson(person: LookedUp): person is ListedPerson {
  return person !== undefined && person !== 'ambiguous';
}

/** The id of someone looked up, null when nobody (or several people) answered. */
export function idOf(person: LookedUp): string | null {
  return isPerson(person) ? person.id : null;
}

function personProblem(person: LookedUp): RowProblem | undefined {
  if (person === undefined) return 'unknown_user';
  if (person === 'ambiguous') return 'ambiguous_handle';
  if (person.deleted) return 'deactivated';
  if (person.isBot) return 'bot';
  return undefined;
}
