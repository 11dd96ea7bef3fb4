import type { ActionOwner } from './action-item.js';

/** An open action item of the log being edited. */
export interface OpenItem {
  id: number;
  text: string;
}

export interface ItemDraft {
  text: string;
  dueOn: string | null;
  owner: ActionOwner | null;
}

export interface ItemChanges {
  /** Items still named by the edited next steps: they keep their number, and take the new due date and owner. */
  keep: Array<{ id: number } & ItemDraft>;
  /** Lines that name no open item yet. */
  add: ItemDraft[];
  /** Open items the author took out of the next steps. */
  remove: number[];
}

const sameText = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * Matches the edited next steps against the log's open items by their text, so an item the pair
 * already refers to by number ("/mentor done 3") keeps that number when only its date changes.
 * Done items are not part of the edit: what was done stays done.
 */
export function reconcileItems(open: readonly OpenItem[], drafts: readonly ItemDraft[]): ItemChanges {
  const unmatched = [...open];
  const keep: ItemChanges['keep'] = [];
  const add: ItemDraft[] = [];
  for (const draft of drafts) {
    const index = unmatched.findIndex((item) => sameText(item.text) === sameText(draft.text));
    const match = index >= 0 ? unmatched.splice(index, 1)[0] : undefined;
    if (match) keep.push({ id: match.id, ...draft });
    else add.push(draft);
  }
  return { keep, add, remove: unmatched.map((item) => item.id) };
}

/** An open item written back as a next-steps line the form reads again (`mentee: send the CV by 2026-12-05`). */
export function itemLine(item: { text: string; dueOn: string | null; owner: ActionOwner | null }, prefixes: Record<ActionOwner, string>): string {
  const owner = item.owner ? `${prefixes[item.owner]}: ` : '';
  const due = item.dueOn ? ` by ${item.dueOn}` : '';
  return `${owner}${item.text}${due}`;
}
