import { CoachError } from '../errors.js';
import type { ExportFormat } from './export-markdown.js';
import { parseHistoryPage } from './history.js';
import { withinLength } from '../input-size.js';
import { isOpenStage, type StageTarget } from '../stages.js';
import { readCohortName } from '../programme/cohort-name.js';

export type MentorCommand =
  | { kind: 'help' }
  | { kind: 'pair'; mentorId: string; menteeId: string; cohort?: string }
  | { kind: 'status' }
  | { kind: 'goal' }
  | { kind: 'inventory' }
  | { kind: 'stage'; target: StageTarget }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'jobs' }
  | { kind: 'agreement' }
  | { kind: 'history'; page: number }
  | { kind: 'export'; format: ExportFormat }
  | { kind: 'agenda' }
  | { kind: 'done'; number: number }
  | { kind: 'erase'; target: EraseTarget }
  /** `/mentor meet friday 14:00`: the words are read in the member's zone by the service. */
  | { kind: 'meet'; words: string[] }
  // Running a programme (issue 17).
  | { kind: 'pairMany' }
  | { kind: 'report'; cohort?: string };

/** A closed pair named by its id (`12`, `#12`, as the admins' Home lists them) or its channel. */
export type EraseTarget = { pairId: number } | { channelId: string };

/** The longest `/mentor` text read: two mentions with long display names fit in it with room to spare. */
export const MAX_MENTOR_COMMAND_LENGTH = 1000;

/** Refuses a `/mentor` text longer than any command: checked before anything reads it. */
export function checkMentorCommandSize(text: string): void {
  if (!withinLength(text.trim(), MAX_MENTOR_COMMAND_LENGTH)) throw new CoachError('command_too_long', { max: MAX_MENTOR_COMMAND_LENGTH });
}

/** Who may run a `/mentor` verb: programme admins, or the two members of the pair whose channel it is. */
export type CommandAudience = 'anyone' | 'admin' | 'member';

const AUDIENCES: Readonly<Record<string, CommandAudience>> = {
  pair: 'admin',
  erase: 'admin',
  jobs: 'admin',
  status: 'member',
  goal: 'member',
  inventory: 'member',
  stage: 'member',
  pause: 'member',
  resume: 'member',
  agreement: 'member',
  history: 'member',
  export: 'member',
  agenda: 'member',
  done: 'member',
  meet: 'member',
  'pair-many': 'admin',
  report: 'admin',
};

/**
 * Who may run the command, from its first word alone: access is checked on this before the
 * arguments are read, so someone outside the pair never has their words parsed.
 */
export function mentorCommandAudience(text: string): CommandAudience {
  const verb = text.trim().split(/\s/u, 1)[0]?.toLowerCase() ?? '';
  return Object.hasOwn(AUDIENCES, verb) ? (AUDIENCES[verb] ?? 'anyone') : 'anyone';
}

/**
 * The user id a person-picking token names, or a typed error (`mention_missing`, `mention_malformed`).
 * Mention syntax is Slack's: the edge passes its reader (src/slack/mentions.ts), so the domain sees ids.
 */
export type UserIdOf = (token: string | undefined) => string;

/** Reads the text after `/mentor`. Unknown words are an error, so a typo never does something else. */
export function parseMentorCommand(text: string, userIdOf: UserIdOf): MentorCommand {
  checkMentorCommandSize(text);
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const [verb, ...args] = words;
  switch (verb?.toLowerCase()) {
    case undefined:
    case 'help':
      return { kind: 'help' };
    case 'pair':
      return parsePair(args, userIdOf);
    case 'status':
      return { kind: 'status' };
    case 'goal':
      return { kind: 'goal' };
    case 'inventory':
      return { kind: 'inventory' };
    case 'stage':
      return { kind: 'stage', target: parseStageTarget(args) };
    case 'history':
      if (args.length > 1) throw new CoachError('page_invalid', { page: truncate(args.join(' ')) });
      return { kind: 'history', page: parseHistoryPage(args[0]) };
    case 'export':
      return { kind: 'export', format: parseExportFormat(args) };
    case 'agenda':
      return { kind: 'agenda' };
    case 'done':
      return { kind: 'done', number: parseItemNumber(args) };
    case 'erase':
      return { kind: 'erase', target: parseEraseTarget(args) };
    case 'meet':
      if (args.length === 0) throw new CoachError('date_invalid');
      return { kind: 'meet', words: args };
    case 'pair-many':
      if (args.length > 0) throw new CoachError('unknown_command', { word: truncate(`pair-many ${args.join(' ')}`) });
      return { kind: 'pairMany' };
    case 'report': {
      const cohort = readCohortName(args.join(' '));
      return cohort === undefined ? { kind: 'report' } : { kind: 'report', cohort: cohort.name };
    }
    case 'pause':
    case 'resume':
    case 'jobs':
    case 'agreement':
      return { kind: verb.toLowerCase() as 'pause' | 'resume' | 'jobs' | 'agreement' };
    default:
      throw new CoachError('unknown_command', { word: truncate(verb ?? '') });
  }
}

/** `/mentor erase 12`, `/mentor erase #12` or `/mentor erase #channel` (Slack sends `<#C123|name>`). */
function parseEraseTarget(args: string[]): EraseTarget {
  const word = args[0] ?? '';
  const id = /^#?(\d{1,9})$/.exec(word);
  const channel = /^<#([CG][A-Z0-9]{2,})(?:\|[^>]*)?>$/.exec(word);
  if (args.length === 1 && id?.[1] !== undefined && Number(id[1]) > 0) return { pairId: Number(id[1]) };
  if (args.length === 1 && channel?.[1] !== undefined) return { channelId: channel[1] };
  throw new CoachError('erase_target_invalid');
}

/** `/mentor done 3` or `/mentor done #3`: one item number, a whole number from 1. */
function parseItemNumber(args: string[]): number {
  const word = args.join(' ');
  const match = /^#?(\d{1,9})$/.exec(word);
  const number = match?.[1] === undefined ? 0 : Number(match[1]);
  if (args.length !== 1 || number < 1) throw new CoachError('action_item_unknown', { number: truncate(word) || '?' });
  return number;
}

function parsePair(args: string[], userIdOf: UserIdOf): MentorCommand {
  if (args.length < 2) {
    // A lone @word that Slack did not turn into a mention is a malformed mention, not a missing one.
    if (args.length === 1) userIdOf(args[0]);
    throw new CoachError('mention_missing');
  }
  // `cohort "Spring 2027"` may follow the two people (quotes optional).
  if (args.length > 2 && (args[2]?.toLowerCase() !== 'cohort' || args.length < 4)) throw new CoachError('mention_missing');
  const mentorId = userIdOf(args[0]);
  const menteeId = userIdOf(args[1]);
  if (mentorId === menteeId) throw new CoachError('same_person');
  const cohort = readCohortName(args.slice(3).join(' '));
  return cohort === undefined ? { kind: 'pair', mentorId, menteeId } : { kind: 'pair', mentorId, menteeId, cohort: cohort.name };
}

// The French words a French-speaking pair types for `/mentor stage …`, beside the English ones.
const FRENCH_STAGE_WORDS: Readonly<Record<string, StageTarget>> = {
  suivante: 'next',
  suivant: 'next',
  préparer: 'prepare',
  preparer: 'prepare',
  lancer: 'engage',
  'faire-vivre': 'nurture',
  évaluer: 'evaluate',
  evaluer: 'evaluate',
};

function parseStageTarget(args: string[]): StageTarget {
  const [name, ...rest] = args;
  const typed = (name ?? 'next').toLowerCase();
  const target = Object.hasOwn(FRENCH_STAGE_WORDS, typed) ? (FRENCH_STAGE_WORDS[typed] ?? typed) : typed;
  if (rest.length > 0) throw new CoachError('unknown_stage');
  if (target === 'next') return 'next';
  if (isOpenStage(target)) return target;
  throw new CoachError('unknown_stage');
}

/** `/mentor export` gives Markdown; `/mentor export json` the same record as JSON. */
function parseExportFormat(args: string[]): ExportFormat {
  if (args.length === 0) return 'markdown';
  const word = args.join(' ').toLowerCase();
  if (word === 'json') return 'json';
  if (word === 'markdown' || word === 'md') return 'markdown';
  throw new CoachError('unknown_command', { word: truncate(`export ${args.join(' ')}`) });
}

function truncate(word: string): string {
  return word.length > 40 ? `${word.slice(0, 40)}…` : word;
}
