import { DateTime } from 'luxon';
import { dayFromWord } from './action-item.js';
import { CoachError } from '../errors.js';

/**
 * `next meeting: friday 14:30` in `/mentor-log` text names the next meeting, as the form's date and
 * time pickers do. French writers get their own words (`prochain rendez-vous : mardi 9h`).
 */
const NEXT_MEETING_PREFIX = /^\s*(?:next\s+meeting|prochain\s+rendez-vous|prochaine\s+rencontre|prochaine\s+réunion)\s*:/iu;

export interface NamedNextMeeting {
  /** yyyy-mm-dd in the author's zone. */
  on: string;
  /** The instant, when a time was given (read in the author's zone). */
  at: Date | null;
}

export interface AuthorMoment {
  /** The author's calendar day, yyyy-mm-dd. */
  today: string;
  zone: string;
  now: Date;
}

/** Whether a line is a next-meeting line at all (its content may still be wrong). */
export function isNextMeetingLine(line: string): boolean {
  return nextMeetingWords(line) !== undefined;
}

/**
 * The words after the prefix, or undefined when the line is not a next-meeting line. A lazy
 * `(.*?)\s*$` read a long run of spaces once per character it passed (quadratic); the prefix
 * alone is matched, and the rest cut once into words.
 */
function nextMeetingWords(line: string): string[] | undefined {
  const prefix = NEXT_MEETING_PREFIX.exec(line);
  if (!prefix) return undefined;
  const rest = line.slice(prefix[0].length);
  // `.` in the old pattern stopped at a line terminator: such a line was never a next-meeting line.
  if (/[\n\r\u2028\u2029]/u.test(rest.trim())) return undefined;
  return rest.split(/\s+/u).filter((word) => word !== '');
}

/**
 * The meeting a `next meeting:` line names. A date that cannot be read, or a moment already past,
 * is refused rather than kept as text: the pair would otherwise wait for an agenda that never comes.
 */
export function parseNextMeetingLine(line: string, moment: AuthorMoment): NamedNextMeeting | undefined {
  const words = nextMeetingWords(line);
  if (words === undefined) return undefined;
  return parseMeetingWords(words, moment);
}

/**
 * The meeting named by the words after `next meeting:` (or after `/mentor meet`): a day (a weekday,
 * today, tomorrow, yyyy-mm-dd, in English or French) and an optional time (14:30, 14h, 2pm). People
 * put spaces inside a time ("14 h 30", "2 pm", "2:30 pm"): the words after the day are one time.
 */
export function parseMeetingWords(words: readonly string[], moment: AuthorMoment): NamedNextMeeting {
  // "on friday at 14:00", "le mardi à 9h": the little words around the date carry nothing.
  const meaningful = words.filter((word) => !/^(?:on|at|le|à|a)$/iu.test(word));
  // A day and at most three pieces of time ("14 h 30"): anything longer is a sentence, not a date.
  if (meaningful.length === 0 || meaningful.length > 1 + MAX_TIME_WORDS) throw new CoachError('date_invalid');
  const [dayWord = '', ...timeWords] = meaningful;
  const on = readDay(dayWord, moment.today);
  if (on === undefined) throw new CoachError('date_invalid');
  if (on < moment.today) throw new CoachError('date_in_past');
  if (timeWords.length === 0) return { on, at: null };
  const time = readTime(timeWords.join(''));
  if (time === undefined) throw new CoachError('date_invalid');
  const at = DateTime.fromISO(on, { zone: moment.zone }).set({ ...time, second: 0, millisecond: 0 });
  if (!at.isValid) throw new CoachError('date_invalid');
  // A local hour skipped by a daylight-saving jump (02:30 on the spring night) does not exist:
  // luxon moves it an hour on, which is not what was written.
  if (at.hour !== time.hour || at.minute !== time.minute) throw new CoachError('date_invalid');
  if (at.toMillis() <= moment.now.getTime()) throw new CoachError('date_in_past');
  return { on, at: at.toJSDate() };
}

const MAX_TIME_WORDS = 3;

function readDay(word: string, today: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(word)) return DateTime.fromISO(word, { zone: 'utc' }).isValid ? word : undefined;
  return dayFromWord(word, today);
}

/** 14:30, 9:05, 14h, 14h30, 14H30, 2pm, 2:30pm, 2 p.m. (spaces already taken out by the caller). */
export function readTime(word: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})(?:[:h](\d{2})?)?(?:([ap])\.?m\.?)?$/iu.exec(word);
  if (!match) return undefined;
  const hasSeparator = /[:h]/iu.test(word);
  const suffix = match[3]?.toLowerCase();
  // A bare number ("14") is too ambiguous to be a time; "2pm" and "14h" are not.
  if (!hasSeparator && suffix === undefined) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (minute > 59) return undefined;
  if (suffix !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (suffix === 'p' ? 12 : 0);
  }
  if (hour > 23) return undefined;
  return { hour, minute };
}
