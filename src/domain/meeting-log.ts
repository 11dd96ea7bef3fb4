import { DateTime } from 'luxon';
import { type ActionItemDraft, parseActionItem } from './action-item.js';
import { CoachError } from './errors.js';

export const MAX_LOG_LENGTH = 4000;

export interface LogDraft {
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  nextMeetingOn: string | null;
  actionItems: ActionItemDraft[];
}

// `next: call Ana` or a Markdown task `- [ ] update my CV` become action items.
const ACTION_LINE = /^\s*(?:next\s*:|[-*]\s*\[\s?\](?:\s|$))\s*(.*)$/i;

/** Splits `/mentor-log` text into the note and the action items it names. */
export function parseLogText(text: string): LogDraft {
  const trimmed = text.trim();
  if (trimmed === '') throw new CoachError('log_empty');
  if ([...trimmed].length > MAX_LOG_LENGTH) throw new CoachError('log_too_long', { max: MAX_LOG_LENGTH });
  const notes: string[] = [];
  const actionItems: ActionItemDraft[] = [];
  for (const line of trimmed.split(/\r?\n/)) {
    const match = ACTION_LINE.exec(line);
    const item = match?.[1]?.trim();
    if (match && item) actionItems.push(parseActionItem(item));
    else if (!match) notes.push(line);
  }
  const summary = notes.join('\n').trim();
  // `next:` or `- [ ]` with nothing after them leave nothing to record.
  if (summary === '' && actionItems.length === 0) throw new CoachError('log_empty');
  return {
    // A log made only of next steps still records that the meeting happened.
    summary: summary === '' ? actionItems.map((item) => item.text).join('; ') : summary,
    achievements: null,
    nextSteps: actionItems.length > 0 ? actionItems.map((item) => item.text).join('\n') : null,
    nextMeetingOn: null,
    actionItems,
  };
}

export interface LogFormInput {
  summary: string | null | undefined;
  achievements: string | null | undefined;
  nextSteps: string | null | undefined;
  nextMeetingOn: string | null | undefined;
}

export type LogField = 'summary' | 'achievements' | 'nextSteps' | 'nextMeetingOn';
export type LogFieldError = 'summaryRequired' | 'tooLong' | 'dateInvalid' | 'dateInPast';

export type LogFormResult =
  | { ok: true; draft: LogDraft }
  | { ok: false; errors: Partial<Record<LogField, LogFieldError>> };

/**
 * Checks the form field by field so each mistake is shown beside its field. `today` is the
 * author's date in their own zone: a meeting "today" is fine wherever they are.
 */
export function validateLogForm(input: LogFormInput, today: string): LogFormResult {
  const summary = (input.summary ?? '').trim();
  const achievements = (input.achievements ?? '').trim();
  const nextSteps = (input.nextSteps ?? '').trim();
  const errors: Partial<Record<LogField, LogFieldError>> = {};
  if (summary === '') errors.summary = 'summaryRequired';
  const lengths: Array<[LogField, string]> = [
    ['summary', summary],
    ['achievements', achievements],
    ['nextSteps', nextSteps],
  ];
  for (const [field, value] of lengths) {
    if ([...value].length > MAX_LOG_LENGTH) errors[field] = 'tooLong';
  }
  const nextMeetingOn = input.nextMeetingOn?.trim() || null;
  if (nextMeetingOn !== null) {
    const date = DateTime.fromISO(nextMeetingOn, { zone: 'utc' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(nextMeetingOn) || !date.isValid) errors.nextMeetingOn = 'dateInvalid';
    else if (nextMeetingOn < today) errors.nextMeetingOn = 'dateInPast';
  }
  const lines = nextSteps
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]\s*(?:\[\s?\]\s*)?|next\s*:\s*)/i, '').trim())
    .filter((line) => line !== '');
  const actionItems: ActionItemDraft[] = [];
  for (const line of lines) {
    try {
      actionItems.push(parseActionItem(line));
    } catch {
      errors.nextSteps = 'dateInvalid';
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      summary,
      achievements: achievements || null,
      nextSteps: nextSteps || null,
      nextMeetingOn,
      actionItems,
    },
  };
}

/** The calendar date of `now` in a person's zone, as yyyy-mm-dd. */
export function localDate(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()!;
}
