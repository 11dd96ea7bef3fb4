import { CoachError } from '../errors.js';

/**
 * The two checklists of "start the conversation": the working agreement and the discussion topics,
 * five items each. Ticks are stored per pair, list and item; this module holds the rules only.
 */
export const CHECKLISTS = ['agreement', 'topics'] as const;
export type ChecklistName = (typeof CHECKLISTS)[number];
export const CHECKLIST_SIZE = 5;

export interface ChecklistClick {
  list: ChecklistName;
  /** The items ticked on the clicked element after the click (Slack sends the whole selection). */
  selected: number[];
  /** The items the clicked message showed as ticked before the click; undefined when unknown. */
  shown: number[] | undefined;
}

/** A pair's two checklists as stored: the ticked items of each, and the latest change. */
export interface ChecklistsState {
  ticked: Record<ChecklistName, number[]>;
  last: { by: string; at: Date } | null;
}

export interface TickChange {
  index: number;
  ticked: boolean;
}

export function isChecklist(value: string): value is ChecklistName {
  return (CHECKLISTS as readonly string[]).includes(value);
}

/** Reads a click's list and option values; anything we did not send (a forged payload) is refused. */
export function parseChecklistClick(list: string, selected: readonly string[], shown: readonly string[] | undefined): ChecklistClick {
  if (!isChecklist(list)) throw new CoachError('stale_action');
  return { list, selected: itemIndexes(selected), shown: shown === undefined ? undefined : itemIndexes(shown) };
}

function itemIndexes(values: readonly string[]): number[] {
  const indexes = values.map((value) => {
    if (!/^\d$/.test(value) || Number(value) >= CHECKLIST_SIZE) throw new CoachError('stale_action');
    return Number(value);
  });
  return [...new Set(indexes)].sort((a, b) => a - b);
}

/**
 * What a click changes. The click's intent is the difference between what the message showed and
 * what is now selected (usually one item), so a click on an old message, or two members clicking
 * different items at once, never undoes someone else's tick. When the message's state is unknown,
 * the selection is compared with the stored state. Items already in the wanted state are left
 * alone, so a repeated click keeps who ticked first, and when.
 */
export function checklistChanges(click: ChecklistClick, stored: ReadonlySet<number>): TickChange[] {
  const selected = new Set(click.selected);
  const before = click.shown === undefined ? stored : new Set(click.shown);
  const changes: TickChange[] = [];
  for (let index = 0; index < CHECKLIST_SIZE; index += 1) {
    const now = selected.has(index);
    if (now === before.has(index)) continue;
    if (now !== stored.has(index)) changes.push({ index, ticked: now });
  }
  return changes;
}

/** The state shown to the pair, from the stored item states (items never clicked are unticked). */
export function checklistsState(
  items: ReadonlyArray<{ list: ChecklistName; index: number; ticked: boolean; by: string; at: Date }>,
): ChecklistsState {
  const ticked: Record<ChecklistName, number[]> = { agreement: [], topics: [] };
  let last: ChecklistsState['last'] = null;
  for (const item of items) {
    if (item.ticked && item.index < CHECKLIST_SIZE) ticked[item.list].push(item.index);
    if (last === null || item.at.getTime() > last.at.getTime()) last = { by: item.by, at: item.at };
  }
  for (const list of CHECKLISTS) ticked[list].sort((a, b) => a - b);
  return { ticked, last };
}

/** Every item of the working agreement is ticked. */
export function agreementComplete(state: ChecklistsState): boolean {
  return state.ticked.agreement.length === CHECKLIST_SIZE;
}
