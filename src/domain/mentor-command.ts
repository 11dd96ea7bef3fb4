import { CoachError } from './errors.js';
import { parseMention } from './mentions.js';
import { isOpenStage, type StageTarget } from './stages.js';

export type MentorCommand =
  | { kind: 'help' }
  | { kind: 'pair'; mentorId: string; menteeId: string }
  | { kind: 'status' }
  | { kind: 'goal' }
  | { kind: 'inventory' }
  | { kind: 'stage'; target: StageTarget }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'jobs' }
  | { kind: 'agreement' };

/** Reads the text after `/mentor`. Unknown words are an error, so a typo never does something else. */
export function parseMentorCommand(text: string): MentorCommand {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const [verb, ...args] = words;
  switch (verb?.toLowerCase()) {
    case undefined:
    case 'help':
      return { kind: 'help' };
    case 'pair':
      return parsePair(args);
    case 'status':
      return { kind: 'status' };
    case 'goal':
      return { kind: 'goal' };
    case 'inventory':
      return { kind: 'inventory' };
    case 'stage':
      return { kind: 'stage', target: parseStageTarget(args) };
    case 'pause':
    case 'resume':
    case 'jobs':
    case 'agreement':
      return { kind: verb.toLowerCase() as 'pause' | 'resume' | 'jobs' | 'agreement' };
    default:
      throw new CoachError('unknown_command', { word: truncate(verb ?? '') });
  }
}

function parsePair(args: string[]): MentorCommand {
  if (args.length < 2) {
    // A lone @word that Slack did not turn into a mention is a malformed mention, not a missing one.
    if (args.length === 1) parseMention(args[0]);
    throw new CoachError('mention_missing');
  }
  if (args.length > 2) throw new CoachError('mention_missing');
  const mentorId = parseMention(args[0]);
  const menteeId = parseMention(args[1]);
  if (mentorId === menteeId) throw new CoachError('same_person');
  return { kind: 'pair', mentorId, menteeId };
}

function parseStageTarget(args: string[]): StageTarget {
  const [name, ...rest] = args;
  const target = (name ?? 'next').toLowerCase();
  if (rest.length > 0) throw new CoachError('unknown_stage');
  if (target === 'next') return 'next';
  if (isOpenStage(target)) return target;
  throw new CoachError('unknown_stage');
}

function truncate(word: string): string {
  return word.length > 40 ? `${word.slice(0, 40)}…` : word;
}
