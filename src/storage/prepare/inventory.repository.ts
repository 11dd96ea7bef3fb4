import { sql } from 'kysely';
import type { InventoryAnswers } from '../../domain/prepare/inventory.js';
import type { DbOrTrx } from '../db/database.js';
import type { SelfInventoryRow } from '../db/schema.js';

export interface StoredInventory {
  pairId: number;
  userId: string;
  answers: InventoryAnswers;
  createdAt: Date;
  updatedAt: Date;
  messageTs: string | null;
}

function fromRow(row: SelfInventoryRow): StoredInventory {
  return {
    pairId: row.pair_id,
    userId: row.user_id,
    answers: {
      strengths: row.strengths,
      developmentAreas: row.development_areas,
      shortTermGoals: row.short_term_goals,
      longTermGoals: row.long_term_goals,
      expectations: row.expectations,
      contribution: row.contribution,
      rapport: row.rapport,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    messageTs: row.message_ts,
  };
}

export async function findInventory(db: DbOrTrx, pairId: number, userId: string): Promise<StoredInventory | undefined> {
  const row = await db
    .selectFrom('self_inventories')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Whose inventories a pair holds (user ids). */
export async function listInventoryAuthors(db: DbOrTrx, pairId: number): Promise<string[]> {
  const rows = await db.selectFrom('self_inventories').select('user_id').where('pair_id', '=', pairId).execute();
  return rows.map((row) => row.user_id);
}

/** Inserts or replaces a member's answers; `created` says whether this was their first inventory. */
export async function upsertInventory(
  db: DbOrTrx,
  write: { pairId: number; userId: string; answers: InventoryAnswers; at: Date },
): Promise<{ inventory: StoredInventory; created: boolean }> {
  const a = write.answers;
  // Required answers are checked by the domain before this point; the columns refuse a null anyway.
  const columns = {
    strengths: a.strengths ?? '',
    development_areas: a.developmentAreas ?? '',
    short_term_goals: a.shortTermGoals,
    long_term_goals: a.longTermGoals,
    expectations: a.expectations ?? '',
    contribution: a.contribution,
    rapport: a.rapport,
  };
  const row = await db
    .insertInto('self_inventories')
    .values({ pair_id: write.pairId, user_id: write.userId, ...columns, created_at: write.at, updated_at: write.at })
    .onConflict((oc) => oc.columns(['pair_id', 'user_id']).doUpdateSet({ ...columns, updated_at: write.at }))
    .returningAll()
    // xmax is 0 on a freshly inserted row version, set on one an ON CONFLICT update produced.
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  return { inventory: fromRow(row), created: row.inserted };
}

export async function setInventoryMessage(db: DbOrTrx, pairId: number, userId: string, messageTs: string): Promise<void> {
  await db
    .updateTable('self_inventories')
    .set({ message_ts: messageTs })
    .where('pair_id', '=', pairId)
    .where('user_id', '=', userId)
    .execute();
}
