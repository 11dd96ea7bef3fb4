import type { DbOrTrx } from '../db/database.js';
import type { ChecklistTickTable } from '../db/schema.js';

export type ChecklistList = ChecklistTickTable['list'];

export interface ChecklistTick {
  pairId: number;
  list: ChecklistList;
  index: number;
  ticked: boolean;
  by: string;
  at: Date;
}

/** Every stored item state of a pair's checklists (items never clicked have no row). */
export async function listChecklistTicks(db: DbOrTrx, pairId: number): Promise<ChecklistTick[]> {
  const rows = await db
    .selectFrom('checklist_ticks')
    .selectAll()
    .where('pair_id', '=', pairId)
    .orderBy('list')
    .orderBy('item_index')
    .execute();
  return rows.map((row) => ({
    pairId: row.pair_id,
    list: row.list,
    index: row.item_index,
    ticked: row.ticked,
    by: row.ticked_by,
    at: row.ticked_at,
  }));
}

/**
 * One item's new state, in one statement: concurrent clicks on the same item never duplicate a
 * row or fail, and the last one to arrive wins.
 */
export async function saveChecklistTick(db: DbOrTrx, tick: ChecklistTick): Promise<void> {
  await db
    .insertInto('checklist_ticks')
    .values({
      pair_id: tick.pairId,
      list: tick.list,
      item_index: tick.index,
      ticked: tick.ticked,
      ticked_by: tick.by,
      ticked_at: tick.at,
    })
    .onConflict((oc) =>
      oc.columns(['pair_id', 'list', 'item_index']).doUpdateSet({ ticked: tick.ticked, ticked_by: tick.by, ticked_at: tick.at }),
    )
    .execute();
}
