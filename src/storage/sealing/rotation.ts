import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Keyring } from './field-cipher.js';
import { sealedValueSql } from './notes-keys.js';
import { SEALED_TABLES, type SealedTable } from './sealed-columns.js';

/** The sealed tables seen without their row types: rotation walks them all alike. */
type AnyTables = Kysely<Record<string, Record<string, unknown>>>;

export interface RotationProgress {
  table: SealedTable;
  rows: number;
}

/**
 * Seals every note that is plain or sealed with another key with `keyring.current`, a batch of rows
 * at a time, each row in its own short transaction (locked, re-read, rewritten), so the app keeps
 * serving meanwhile. Idempotent: a row already sealed with the current key is never selected, so an
 * interrupted run just starts again where it stopped. The db must open every key in use (`keyring`).
 */
export async function resealNotes(
  db: Db,
  keyring: Keyring,
  options: { batchSize?: number; onBatch?: (progress: RotationProgress) => void } = {},
): Promise<Record<SealedTable, number>> {
  const batchSize = options.batchSize ?? 100;
  const done = {} as Record<SealedTable, number>;
  for (const table of Object.keys(SEALED_TABLES) as SealedTable[]) {
    done[table] = 0;
    const columns = SEALED_TABLES[table];
    const stale = staleCondition(table, keyring.current.id);
    const seen = new Set<string>();
    for (;;) {
      let query = (db as unknown as AnyTables).selectFrom(table).select([...columns.key]).where(stale);
      for (const k of columns.key) query = query.orderBy(k);
      const keys = await query.limit(batchSize).execute();
      if (keys.length === 0) break;
      for (const key of keys) {
        const name = JSON.stringify(key);
        // A row selected again after it was rewritten would loop forever: stop and say which.
        if (seen.has(name)) throw new Error(`${table} ${name} still holds a note not encrypted with key ${keyring.current.id}`);
        seen.add(name);
        if (await resealRow(db, table, key)) done[table] += 1;
      }
      options.onBatch?.({ table, rows: done[table] });
    }
  }
  return done;
}

/** True when any sealed column of the row is plain (not null) or sealed with another key. */
function staleCondition(table: SealedTable, currentKeyId: string) {
  const columns = SEALED_TABLES[table];
  const parts = [
    ...columns.text.map((column) => ({ column, json: false })),
    ...columns.json.map((column) => ({ column, json: true })),
  ].map(({ column, json }) => {
    const v = sealedValueSql(column, json);
    return `(${column} is not null and not (coalesce(${v.sealed}, false) and ${v.keyId} = '${currentKeyId}'))`;
  });
  return sql<boolean>`${sql.raw(parts.join(' or '))}`;
}

async function resealRow(db: Db, table: SealedTable, key: Record<string, unknown>): Promise<boolean> {
  const columns = SEALED_TABLES[table];
  const names = [...columns.text, ...columns.json];
  return db.transaction().execute(async (trx) => {
    const tables = trx as unknown as AnyTables;
    let read = tables.selectFrom(table).select(names);
    for (const k of columns.key) read = read.where(k, '=', key[k]);
    // Opened by the plugin with whichever key sealed it; locked so that an edit waits for us.
    const row = await read.forUpdate().executeTakeFirst();
    if (!row) return false;
    const values: Record<string, unknown> = { ...row };
    // JSON columns come back parsed; written back as JSON text, sealed by the plugin.
    for (const column of columns.json) if (values[column] !== null) values[column] = JSON.stringify(values[column]);
    let write = tables.updateTable(table).set(values);
    for (const k of columns.key) write = write.where(k, '=', key[k]);
    await write.execute();
    return true;
  });
}
