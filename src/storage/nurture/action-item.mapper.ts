import type { ActionItem } from '../../domain/nurture/action-item.js';
import type { ActionItemRow } from '../db/schema.js';

/** The one mapping of an `action_items` row to its domain shape. */
export function toActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    pairId: row.pair_id,
    logId: row.log_id,
    text: row.text,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    doneBy: row.done_by,
    doneAt: row.done_at,
    dueOn: row.due_on,
    owner: row.owner,
    number: row.number,
  };
}
