import { CoachError } from '../domain/errors.js';
import { FIRST_MEETING_BLOCK_PREFIX, LAST_MEETING_BLOCK_PREFIX } from './ids.js';

/**
 * What our buttons and blocks carry, written and read in one place (the ids themselves are in ids.ts).
 * A payload can be forged: whatever does not read back as we wrote it is a stale button (`stale_action`).
 */

/** Button values are ids we put there; anything else is a stale button. */
export function idFromButton(value: string | undefined): number {
  if (!/^\d{1,9}$/.test(value ?? '')) throw new CoachError('stale_action');
  return Number(value);
}

/** A button value naming a record (pair, log, step, job…). */
export function buttonValueOf(id: number): string {
  return String(id);
}

/** The block_id of a list's checkboxes: which list, of which pair (`checklist:<list>:<pair id>`). */
export function checklistBlockId(list: string, pairId: number): string {
  return `checklist:${list}:${pairId}`;
}

/** Reads a checklist block_id back; anything else is not ours. */
export function parseChecklistBlockId(blockId: string): { list: string; pairId: number } {
  const match = /^checklist:([a-z]+):(\d{1,9})$/.exec(blockId);
  if (!match) throw new CoachError('stale_action');
  return { list: match[1] ?? '', pairId: Number(match[2]) };
}

/** A date picker has no value: the last-meeting picker names its pair by its block (`last_meeting:<pair id>`). */
export function lastMeetingBlockId(pairId: number): string {
  return `${LAST_MEETING_BLOCK_PREFIX}${pairId}`;
}

/** The pair of a last-meeting picker's block, checked like a button's value. */
export function pairIdFromLastMeetingBlock(blockId: string): number {
  return idFromButton(blockId.startsWith(LAST_MEETING_BLOCK_PREFIX) ? blockId.slice(LAST_MEETING_BLOCK_PREFIX.length) : '');
}

/** A session rating button's action_id carries its rating (Slack wants action ids unique within a block). */
export function sessionRatingActionId(prefix: string, rating: number): string {
  return `${prefix}${rating}`;
}

/** The rating a session rating button carries, as sent; the service refuses anything but 1 to 4. */
export function ratingFromActionId(prefix: string, actionId: string): string {
  return actionId.startsWith(prefix) ? actionId.slice(prefix.length) : '';
}

/** Issue 16: the first-meeting picker names its pair by its block (`first_meeting:<pair id>`). */
export function firstMeetingBlockId(pairId: number): string {
  return `${FIRST_MEETING_BLOCK_PREFIX}${pairId}`;
}

export function pairIdFromFirstMeetingBlock(blockId: string): number {
  return idFromButton(blockId.startsWith(FIRST_MEETING_BLOCK_PREFIX) ? blockId.slice(FIRST_MEETING_BLOCK_PREFIX.length) : '');
}

/** "Add to our plan": `<pair id>:<activity index>`. */
export function activityValue(pairId: number, index: number): string {
  return `${pairId}:${index}`;
}

export function readActivityValue(value: string | undefined): { pairId: number; index: number } {
  const match = /^(\d{1,9}):(\d{1,2})$/.exec(value ?? '');
  if (!match) throw new CoachError('stale_action');
  return { pairId: idFromButton(match[1]), index: Number(match[2]) };
}

/** "Move on anyway": `<pair id>:<stage>`. */
export function moveOnValue(pairId: number, to: string): string {
  return `${pairId}:${to}`;
}

export function readMoveOnValue(value: string | undefined): { pairId: number; to: string } {
  const [id, to] = (value ?? '').split(':');
  return { pairId: idFromButton(id), to: to ?? '' };
}
