import type { DbOrTrx } from '../db/database.js';
import type { ActionItem } from '../../domain/nurture/action-item.js';
import { toActionItem } from './action-item.mapper.js';

/**
 * Adds action items numbered after the pair's last one ("/mentor done 3"). Call it inside
 * `inTransaction(…, { pairId })`: that lock on the pair's row is what keeps two logs saved at once
 * from taking the same numbers (and the unique (pair_id, number) index refuses it if forgotten).
 */
export async function insertActionItems(
  db: DbOrTrx,
  items: {
    pairId: number;
    logId: number | null;
    createdBy: string;
    items: ReadonlyArray<{ text: string; dueOn: string | null; owner?: 'mentor' | 'mentee' | 'both' | null }>;
  },
): Promise<ActionItem[]> {
  if (items.items.length === 0) return [];
  const last = await db
    .selectFrom('action_items')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('pair_id', '=', items.pairId)
    .executeTakeFirst();
  const first = Number(last?.last ?? 0) + 1;
  const rows = await db
    .insertInto('action_items')
    .values(
      items.items.map((item, index) => ({
        pair_id: items.pairId,
        log_id: items.logId,
        created_by: items.createdBy,
        text: item.text,
        due_on: item.dueOn,
        owner: item.owner ?? null,
        number: first + index,
      })),
    )
    .returningAll()
    .execute();
  return rows.map(toActionItem);
}

export async function listOpenActionItems(db: DbOrTrx, pairId: number, limit: number): Promise<ActionItem[]> {
  const rows = await db
    .selectFrom('action_items')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('status', '=', 'open')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toActionItem);
}

export interface ActionItemCounts {
  open: number;
  done: number;
}

export async function countActionItems(db: DbOrTrx, pairId: number): Promise<ActionItemCounts> {
  const rows = await db
    .selectFrom('action_items')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .where('pair_id', '=', pairId)
    .groupBy('status')
    .execute();
  const count = (status: 'open' | 'done') => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { open: count('open'), done: count('done') };
}

export async function findActionItem(db: DbOrTrx, itemId: number): Promise<ActionItem | undefined> {
  const row = await db.selectFrom('action_items').selectAll().where('id', '=', itemId).executeTakeFirst();
  return row && toActionItem(row);
}

export async function markActionItemDone(db: DbOrTrx, itemId: number, by: string, at: Date): Promise<boolean> {
  const done = await db
    .updateTable('action_items')
    .set({ status: 'done', done_by: by, done_at: at })
    .where('id', '=', itemId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return done.numUpdatedRows > 0n;
}

export async function findActionItemByNumber(db: DbOrTrx, pairId: number, number: number): Promise<ActionItem | undefined> {
  const row = await db.selectFrom('action_items').selectAll().where('pair_id', '=', pairId).where('number', '=', number).executeTakeFirst();
  return row && toActionItem(row);
}

export async function listItemsOfLog(db: DbOrTrx, logId: number): Promise<ActionItem[]> {
  const rows = await db.selectFrom('action_items').selectAll().where('log_id', '=', logId).orderBy('number').orderBy('id').execute();
  return rows.map(toActionItem);
}
