import { DateTime } from 'luxon';
import { CoachError } from '../errors.js';

export type ActionOwner = 'mentor' | 'mentee' | 'both';

export interface ActionItemDraft {
  text: string;
  /** yyyy-mm-dd, from a trailing "by 2026-12-05", "by friday", "by today" or "by tomorrow". */
  dueOn: string | null;
  /** Slack user ids mentioned on the line (`<@U…|name>`), in order, without repeats. */
  ownerIds: string[];
  /** A role the line starts with (`mentee: send the CV`): the form has no mentions, so roles name owners there. */
  ownerRole?: ActionOwner;
}

// "mentee: …", "both: …", "mentorée : …", "les deux : …" at the start of a next step.
const OWNER_PREFIX = /^\s*(mentor|mentee|both|mentoré|mentorée|mentore|mentoree|les\s+deux|tous\s+les\s+deux)\s*:\s*/iu;
const OWNER_WORDS: Record<string, ActionOwner> = {
  mentor: 'mentor',
  mentee: 'mentee',
  mentoré: 'mentee',
  mentorée: 'mentee',
  mentore: 'mentee',
  mentoree: 'mentee',
  both: 'both',
};

/** The role a next step starts with, and the rest of the line. */
export function splitOwnerPrefix(line: string): { role: ActionOwner | undefined; rest: string } {
  const match = OWNER_PREFIX.exec(line);
  if (!match?.[1]) return { role: undefined, rest: line };
  const word = match[1].toLowerCase().replace(/\s+/gu, ' ');
  return { role: OWNER_WORDS[word] ?? 'both', rest: line.slice(match[0].length) };
}

export interface ActionItemOptions {
  /** The author's calendar day (yyyy-mm-dd, in their zone); weekday words count from it. */
  today?: string;
}

// Matched against text whose spaces are already single and trimmed: one literal space on each side
// of "by" (or the French "pour") reads every line in linear time, where `\s+` rescanned each run of spaces.
const DUE_SUFFIX = / (?:by|pour) (\S+)$/iu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// With should_escape on, Slack sends a picked user as <@U123ABC|name> (or <@U123ABC> in older clients).
// Slack escapes `<` inside the name, so the name stops at one: a line of unclosed `<@U1|` fragments is
// then read once, not once per fragment to the end of the line.
const MENTION_IN_TEXT = /<@([UW][A-Z0-9]{2,})(?:\|[^<>]*)?>/g;

// luxon weekday numbers: Monday 1 … Sunday 7. English names and their usual short forms, and French
// full names, since a French-speaking pair writes "pour vendredi" as naturally as "by friday".
const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, lundi: 1,
  tuesday: 2, tue: 2, tues: 2, mardi: 2,
  wednesday: 3, wed: 3, mercredi: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, jeudi: 4,
  friday: 5, fri: 5, vendredi: 5,
  saturday: 6, sat: 6, samedi: 6,
  sunday: 7, sun: 7, dimanche: 7,
};
const TODAY_WORDS = new Set(['today', "aujourd'hui", 'aujourd’hui', 'aujourdhui']);
const TOMORROW_WORDS = new Set(['tomorrow', 'demain']);

/**
 * The day a word names, counted from `today`: "today", "tomorrow", or a weekday, which is the
 * next such day strictly after today (on a Friday, "by friday" means a week later). Undefined
 * when the word is not one of these.
 */
export function dayFromWord(word: string, today: string): string | undefined {
  const start = DateTime.fromISO(today, { zone: 'utc' });
  if (!start.isValid) return undefined;
  const lower = word.toLowerCase();
  if (TODAY_WORDS.has(lower)) return today;
  if (TOMORROW_WORDS.has(lower)) return start.plus({ days: 1 }).toISODate() ?? undefined;
  if (!Object.hasOwn(WEEKDAYS, lower)) return undefined;
  const weekday = WEEKDAYS[lower];
  if (weekday === undefined) return undefined;
  const ahead = ((weekday - start.weekday + 6) % 7) + 1;
  return start.plus({ days: ahead }).toISODate() ?? undefined;
}

function isDayWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TODAY_WORDS.has(lower) || TOMORROW_WORDS.has(lower) || Object.hasOwn(WEEKDAYS, lower);
}

/**
 * "<@U1|ana> send the CV by friday" → the item, who carries it and its due date. A "by …" that
 * looks like a date but is not a real one is refused rather than silently kept as text, so
 * nobody believes a reminder is set; "by" followed by any other word stays text ("drop by").
 */
export function parseActionItem(line: string, options: ActionItemOptions = {}): ActionItemDraft {
  const { role, rest } = splitOwnerPrefix(line);
  const parsed = parseItemBody(rest, options);
  return role === undefined ? parsed : { ...parsed, ownerRole: role };
}

function parseItemBody(line: string, options: ActionItemOptions): ActionItemDraft {
  const ids = new Set<string>();
  for (const match of line.matchAll(MENTION_IN_TEXT)) if (match[1] !== undefined) ids.add(match[1]);
  const ownerIds = [...ids];
  const withoutMentions = line.replace(MENTION_IN_TEXT, ' ').replace(/\s+/gu, ' ').trim();
  const match = DUE_SUFFIX.exec(withoutMentions);
  const candidate = match?.[1];
  if (!match || candidate === undefined) return { text: withoutMentions, dueOn: null, ownerIds };
  const text = withoutMentions.slice(0, match.index).trim();
  // "by 2026-12-05" alone is a thing to do, not a date for nothing.
  if (text === '') return { text: withoutMentions, dueOn: null, ownerIds };
  if (/^\d/.test(candidate)) {
    if (!ISO_DATE.test(candidate) || !DateTime.fromISO(candidate).isValid) throw new CoachError('date_invalid');
    return { text, dueOn: candidate, ownerIds };
  }
  if (options.today !== undefined && isDayWord(candidate)) {
    const dueOn = dayFromWord(candidate, options.today);
    if (dueOn === undefined) throw new CoachError('date_invalid');
    return { text, dueOn, ownerIds };
  }
  return { text: withoutMentions, dueOn: null, ownerIds };
}

/**
 * Who carries an item, from the people mentioned on its line: the mentor, the mentee, both, or
 * nobody named. Anyone else mentioned is refused with their mention, so the author can fix it.
 */
export function ownerOf(ownerIds: readonly string[], members: { mentorId: string; menteeId: string }): ActionOwner | null {
  const outsider = ownerIds.find((id) => id !== members.mentorId && id !== members.menteeId);
  if (outsider !== undefined) throw new CoachError('owner_not_member', { user: `<@${outsider}>` });
  const mentor = ownerIds.includes(members.mentorId);
  const mentee = ownerIds.includes(members.menteeId);
  if (mentor && mentee) return 'both';
  if (mentor) return 'mentor';
  if (mentee) return 'mentee';
  return null;
}

/** Owners named by role and by mention together: naming both sides makes it a shared item. */
export function combineOwners(role: ActionOwner | undefined, mentioned: ActionOwner | null): ActionOwner | null {
  if (role === undefined || role === mentioned) return mentioned ?? role ?? null;
  if (mentioned === null) return role;
  return 'both';
}

/** An action item as stored: numbered within its pair, from a log (null once kept without one), open or done. */
export interface ActionItem {
  id: number;
  pairId: number;
  logId: number | null;
  text: string;
  status: 'open' | 'done';
  createdBy: string;
  createdAt: Date;
  doneBy: string | null;
  doneAt: Date | null;
  /** yyyy-mm-dd. */
  dueOn: string | null;
  owner: ActionOwner | null;
  /** "/mentor done 3"; null for items written before numbering. */
  number: number | null;
}
