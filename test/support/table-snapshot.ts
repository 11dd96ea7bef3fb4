/**
 * Every table of the database, as a row count and a checksum of its rows, for "nothing was written"
 * checks. Tables are listed from information_schema, so a table added later is covered too.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// Bookkeeping, not data: one row per request received (so a retry is carried out once), by design.
const NOT_DATA = new Set(['slack_deliveries']);

export type TableSnapshot = Record<string, { rows: number; checksum: string }>;

export async function snapshotTables(db: Kysely<never>): Promise<TableSnapshot> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  const snapshot: TableSnapshot = {};
  for (const { table_name: name } of tables.rows) {
    if (NOT_DATA.has(name)) continue;
    const result = await sql<{ rows: string | number; checksum: string | null }>`
      select count(*) as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as checksum
      from ${sql.table(name)} as t`.execute(db);
    const row = result.rows[0];
    snapshot[name] = { rows: Number(row?.rows ?? 0), checksum: row?.checksum ?? '' };
  }
  return snapshot;
}

/** The tables whose rows differ between two snapshots, for a failure message. */
export function changedTables(before: TableSnapshot, after: TableSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}
