import type { ActionOwner } from '../../domain/nurture/action-item.js';
import type { DbOrTrx } from '../db/database.js';

export interface LogChanges {
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  nextMeetingOn: string | null;
  nextMeetingAt: Date | null;
  metOn: string;
  privateNote: string | null;
  editedAt: Date;
}

/** Rewrites a live log's fields; false when it was deleted meanwhile. */
export async function updateMeetingLog(db: DbOrTrx, logId: number, changes: LogChanges): Promise<boolean> {
  const result = await db
    .updateTable('meeting_logs')
    .set({
      summary: changes.summary,
      achievements: changes.achievements,
      next_steps: changes.nextSteps,
      next_meeting_on: changes.nextMeetingOn,
      next_meeting_at: changes.nextMeetingAt,
      met_on: changes.metOn,
      private_note: changes.privateNote,
      edited_at: changes.editedAt,
    })
    .where('id', '=', logId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A kept item takes its edited text, due date and owner; only while it is still open. */
export async function updateOpenItem(
  db: DbOrTrx,
  itemId: number,
  item: { text: string; dueOn: string | null; owner: ActionOwner | null },
): Promise<void> {
  await db
    .updateTable('action_items')
    .set({ text: item.text, due_on: item.dueOn, owner: item.owner })
    .where('id', '=', itemId)
    .where('status', '=', 'open')
    .execute();
}

/** Open items the author took out of an edited log; one done meanwhile stays. */
export async function removeOpenItems(db: DbOrTrx, itemIds: readonly number[]): Promise<void> {
  if (itemIds.length === 0) return;
  await db.deleteFrom('action_items').where('id', 'in', [...itemIds]).where('status', '=', 'open').execute();
}
