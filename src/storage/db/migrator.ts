import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));

// Any fixed number: replicas starting together take turns instead of applying a file twice.
const MIGRATION_LOCK = 727_001;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Applies migrations/*.sql in name order, each once, each in its own transaction. */
export async function migrate(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name)).sort();
  const { db } = handle;
  // Under the lock too: two `create table if not exists` racing each other fail on pg_type's unique index.
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    )`.execute(trx);
  });

  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const name of files) {
    const script = await readFile(path.join(dir, name), 'utf8');
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const done = await sql<{ name: string }>`select name from schema_migrations where name = ${name}`.execute(trx);
      if (done.rows.length > 0) {
        result.alreadyApplied.push(name);
        return;
      }
      await handle.execScript(trx, script);
      await sql`insert into schema_migrations (name) values (${name})`.execute(trx);
      result.applied.push(name);
    });
  }
  return result;
}
