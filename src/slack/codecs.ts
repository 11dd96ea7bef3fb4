import { CoachError } from '../domain/errors.js';
import { LAST_MEETING_BLOCK_PREFIX } from './ids.js';

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
