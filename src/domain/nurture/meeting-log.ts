import { DateTime } from 'luxon';
import { type ActionItemDraft, type ActionItemOptions, parseActionItem } from './action-item.js';
import { actionItemsFit, assertActionItemsFit } from './action-item-cap.js';
import { CoachError } from '../errors.js';
import { shorten } from '../pairs/history.js';
import { withinLength } from '../input-size.js';
import { isNextMeetingLine, parseNextMeetingLine } from './next-meeting-line.js';

/** Slack's plain_text_input takes max_length 1 to 3,000: the form's fields, and so the command's notes, stop there. */
export const MAX_LOG_LENGTH = 3000;

export interface LogDraft {
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  nextMeetingOn: string | null;
  actionItems: ActionItemDraft[];
  /** Numbers of earlier action items a `done: 3` line marks done, in order, without repeats. */
  doneNumbers: number[];
  /** The form's extras: the day met (the author's calendar day), the next meeting as an instant, a private note. */
  metOn?: string;
  nextMeetingAt?: Date | null;
  privateNote?: string | null;
}

// `done: 3`, `done: #3` or `done: #3, #5` (in French `fait : 3`) marks the pair's earlier action items done. Between two
// numbers: spaces with at most one comma or semicolon. Each run of spaces has one way to be read
// (no two quantifiers may share it), so a near miss fails in linear time; eslint-plugin-regexp checks.
const DONE_LINE = /^\s*(?:done|fait)\s*:\s*(#?\d+(?:(?:\s*[,;]|\s)\s*#?\d+)*)\s*$/iu;

/** The item numbers of a `done:` line, or undefined when the line is not one. */
export function parseDoneLine(line: string): number[] | undefined {
  const match = DONE_LINE.exec(line);
  if (!match?.[1]) return undefined;
  return [...match[1].matchAll(/\d+/g)].map((digits) => Number(digits[0]));
}

// A set, in the order numbers come: 4,000 characters hold about 2,000 numbers, and a list's
// `includes` would make the de-duplication quadratic.
function addDone(into: Set<number>, numbers: readonly number[]): void {
  for (const n of numbers) if (n > 0) into.add(n);
}

// `next: call Ana` (in French `suite : appeler Ana`) or a Markdown task `- [ ] update my CV` become action items. The item starts at
// its first non-space character, so the spaces before it have one reading only.
const ACTION_LINE = /^\s*(?:(?:next|suite)\s*:|[-*]\s*\[\s?\](?:\s|$))\s*(\S.*)?$/i;

export interface LogTextOptions extends ActionItemOptions {
  /** The author's zone and the present moment, for a `next meeting:` line with a time. */
  zone?: string;
  now?: Date;
}

/**
 * The `/mentor-log` text as it would be stored, refused when too long. The command checks this,
 * then membership, before `parseLogText` reads a single line.
 */
export function checkLogTextSize(text: string): string {
  // Postgres text cannot hold U+0000; it carries nothing a reader would miss.
  const trimmed = text.replaceAll('\u0000', '').trim();
  if (!withinLength(trimmed, MAX_LOG_LENGTH)) throw new CoachError('log_too_long', { max: MAX_LOG_LENGTH });
  return trimmed;
}

/** Splits `/mentor-log` text into the note, the action items it names and the next meeting. */
export function parseLogText(text: string, options: LogTextOptions = {}): LogDraft {
  const trimmed = checkLogTextSize(text);
  if (trimmed === '') throw new CoachError('log_empty');
  const notes: string[] = [];
  const actionItems: ActionItemDraft[] = [];
  const done = new Set<number>();
  let named: { on: string; at: Date | null } | null = null;
  for (const line of trimmed.split(/\r?\n/)) {
    if (isNextMeetingLine(line)) {
      const now = options.now ?? new Date();
      const zone = options.zone ?? 'utc';
      // The last such line wins, as a correction written below the first would.
      named = parseNextMeetingLine(line, { now, zone, today: options.today ?? localDate(now, zone) }) ?? null;
      continue;
    }
    const numbers = parseDoneLine(line);
    if (numbers) {
      addDone(done, numbers);
      continue;
    }
    const match = ACTION_LINE.exec(line);
    const item = match?.[1]?.trim();
    if (match && item) {
      const parsed = parseActionItem(item, options);
      if (parsed.text !== '') actionItems.push(parsed);
    } else if (!match) notes.push(line);
  }
  assertActionItemsFit(actionItems.length);
  const summary = notes.join('\n').trim();
  const doneNumbers = [...done];
  // `next:` or `- [ ]` with nothing after them leave nothing to record; nor does a date alone.
  if (summary === '' && actionItems.length === 0 && doneNumbers.length === 0) throw new CoachError('log_empty');
  // Built from the numbers, so it may outgrow the text they came in: cut to what a log may hold.
  const doneSummary = shorten(`done: ${doneNumbers.map((n) => `#${n}`).join(', ')}`, MAX_LOG_LENGTH);
  return {
    // A log made only of next steps still records that the meeting happened.
    summary: summary !== '' ? summary : actionItems.length > 0 ? actionItems.map((item) => item.text).join('; ') : doneSummary,
    achievements: null,
    nextSteps: actionItems.length > 0 ? actionItems.map((item) => item.text).join('\n') : null,
    nextMeetingOn: named?.on ?? null,
    ...(named?.at ? { nextMeetingAt: named.at } : {}),
    actionItems,
    doneNumbers,
  };
}

export interface LogFormInput {
  summary: string | null | undefined;
  achievements: string | null | undefined;
  nextSteps: string | null | undefined;
  nextMeetingOn: string | null | undefined;
  /** The day met, yyyy-mm-dd; empty means the author's today. */
  metOn?: string | null | undefined;
  /** The next meeting's time, HH:mm in the author's zone. */
  nextMeetingTime?: string | null | undefined;
  privateNote?: string | null | undefined;
}

export type LogField = 'metOn' | 'summary' | 'achievements' | 'nextSteps' | 'nextMeetingOn' | 'nextMeetingTime' | 'privateNote';
export type LogFieldError =
  | 'summaryRequired'
  | 'tooLong'
  | 'dateInvalid'
  | 'dateInPast'
  | 'metInFuture'
  | 'timeInvalid'
  | 'timeInPast'
  | 'timeNeedsDate'
  | 'tooManyItems';

/** What an edited log said before: a next meeting already past may stay as it was, not be set anew. */
export interface StoredNextMeeting {
  nextMeetingOn: string | null;
  nextMeetingAt: Date | null;
}

/** The author's clock for the form: now, and their zone (the next meeting's time is read in it). */
export interface AuthorClock {
  now: Date;
  zone: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => ISO_DAY.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;

export type LogFormResult =
  | { ok: true; draft: LogDraft }
  | { ok: false; errors: Partial<Record<LogField, LogFieldError>> };

/**
 * Checks the form field by field so each mistake is shown beside its field. `today` is the
 * author's date in their own zone: a meeting "today" is fine wherever they are.
 */
export function validateLogForm(input: LogFormInput, today: string, clock?: AuthorClock, previous?: StoredNextMeeting): LogFormResult {
  const summary = (input.summary ?? '').trim();
  const achievements = (input.achievements ?? '').trim();
  const nextSteps = (input.nextSteps ?? '').trim();
  const privateNote = (input.privateNote ?? '').trim();
  const errors: Partial<Record<LogField, LogFieldError>> = {};
  if (summary === '') errors.summary = 'summaryRequired';
  const metOn = input.metOn?.trim() || today;
  if (!isDay(metOn)) errors.metOn = 'dateInvalid';
  else if (metOn > today) errors.metOn = 'metInFuture';
  const lengths: Array<[LogField, string]> = [
    ['summary', summary],
    ['achievements', achievements],
    ['nextSteps', nextSteps],
    ['privateNote', privateNote],
  ];
  for (const [field, value] of lengths) {
    if (!withinLength(value, MAX_LOG_LENGTH)) errors[field] = 'tooLong';
  }
  const nextMeetingOn = input.nextMeetingOn?.trim() || null;
  if (nextMeetingOn !== null) {
    // The pattern first: luxon never reads a value that is not a bare yyyy-mm-dd.
    if (!isDay(nextMeetingOn)) errors.nextMeetingOn = 'dateInvalid';
    else if (nextMeetingOn < today && nextMeetingOn !== previous?.nextMeetingOn) errors.nextMeetingOn = 'dateInPast';
  }
  // The time is read in the author's zone on the chosen day; the meeting must lie ahead of now.
  const nextMeetingTime = input.nextMeetingTime?.trim() || null;
  let nextMeetingAt: Date | null = null;
  if (nextMeetingTime !== null) {
    const zone = clock?.zone ?? 'utc';
    if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(nextMeetingTime)) errors.nextMeetingTime = 'timeInvalid';
    else if (nextMeetingOn === null) errors.nextMeetingTime = 'timeNeedsDate';
    else if (errors.nextMeetingOn === undefined) {
      let at = DateTime.fromISO(`${nextMeetingOn}T${nextMeetingTime}`, { zone });
      if (!at.isValid) at = DateTime.fromISO(`${nextMeetingOn}T${nextMeetingTime}`, { zone: 'utc' });
      const unchanged = previous?.nextMeetingAt?.getTime() === at.toMillis();
      if (clock && at.toMillis() <= clock.now.getTime() && !unchanged) errors.nextMeetingTime = 'timeInPast';
      else nextMeetingAt = at.toJSDate();
    }
  }
  const done = new Set<number>();
  // Next steps are parsed only once they fit: a text over the limit is refused without being read.
  const lines = (errors.nextSteps === 'tooLong' ? '' : nextSteps)
    .split(/\r?\n/)
    .filter((line) => {
      const numbers = parseDoneLine(line);
      if (numbers) addDone(done, numbers);
      return numbers === undefined;
    })
    .map((line) => line.replace(/^\s*(?:[-*•]\s*(?:\[\s?\]\s*)?|next\s*:\s*)/i, '').trim())
    .filter((line) => line !== '');
  const actionItems: ActionItemDraft[] = [];
  for (const line of lines) {
    try {
      const parsed = parseActionItem(line, { today });
      if (parsed.text !== '') actionItems.push(parsed);
    } catch {
      if (errors.nextSteps === undefined) errors.nextSteps = 'dateInvalid';
    }
  }
  if (errors.nextSteps === undefined && !actionItemsFit(actionItems.length)) errors.nextSteps = 'tooManyItems';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      summary,
      achievements: achievements || null,
      nextSteps: nextSteps || null,
      nextMeetingOn,
      actionItems,
      doneNumbers: [...done],
      metOn,
      nextMeetingAt,
      privateNote: privateNote || null,
    },
  };
}

/** The calendar date of `now` in a person's zone, as yyyy-mm-dd. */
export function localDate(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!;
}
