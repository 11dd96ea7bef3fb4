import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/storage/db/database.js';
import { migrate, MIGRATIONS_DIR } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL } from '../support/database.js';
import { useTestDatabase } from '../support/use-database.js';

/** A database with nothing in it yet: a new one on the test server, else an in-memory PGlite. */
async function emptyDatabase(): Promise<{ handle: DatabaseHandle; destroy(): Promise<void> }> {
  const server = await createServerDatabaseUrl();
  if (!server) {
    const handle = await openDatabase({ memory: true });
    return { handle, destroy: () => handle.close() };
  }
  const handle = await openDatabase({ url: server.url });
  return {
    handle,
    async destroy() {
      await handle.close();
      await server.drop();
    },
  };
}

async function recorded(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(handle.db);
  return rows.map((row) => row.name);
}

async function tableExists(handle: DatabaseHandle, table: string): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`select to_regclass(${table})::text as found`.execute(handle.db);
  return rows[0]?.found != null;
}

let shipped: string[];
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  shipped = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name)).sort();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('migrate on a fresh database', () => {
  it('applies every shipped file once, starting with 0001_init.sql', async () => {
    const { handle, destroy } = await emptyDatabase();
    cleanups.push(destroy);
    expect(shipped[0]).toBe('0001_init.sql');

    const result = await migrate(handle);

    expect(result).toEqual({ applied: shipped, alreadyApplied: [] });
    expect(await recorded(handle)).toEqual(shipped);
    for (const table of ['pairs', 'stage_changes', 'meeting_logs', 'action_items', 'workspace_events']) {
      expect(await tableExists(handle, table), table).toBe(true);
    }
  });
});

describe('migrate on a migrated database', () => {
  const database = useTestDatabase();

  it('applies nothing the second time, and keeps one record per file', async () => {
    const result = await migrate(database);
    expect(result).toEqual({ applied: [], alreadyApplied: shipped });
    expect(await recorded(database)).toEqual(shipped);
  });

  it('keeps the data that is there', async () => {
    await database.db
      .insertInto('pairs')
      .values({ team_id: 'T1', mentor_id: 'U1AB', mentee_id: 'U2CD', created_by: 'U0ADM' })
      .execute();
    await migrate(database);
    const pairs = await database.db.selectFrom('pairs').select('mentor_id').execute();
    expect(pairs).toEqual([{ mentor_id: 'U1AB' }]);
  });
});

describe('two replicas migrating at once', () => {
  it.skipIf(!TEST_DATABASE_URL)(
    'apply each file exactly once (needs TEST_DATABASE_URL: PGlite has a single connection, so nothing runs concurrently)',
    async () => {
      // Several rounds, each on a new empty database, to give a race a chance to show.
      for (let round = 0; round < 3; round += 1) {
        const server = await createServerDatabaseUrl();
        if (!server) throw new Error('TEST_DATABASE_URL is set but no server database was created');
        const first = await openDatabase({ url: server.url });
        const second = await openDatabase({ url: server.url });
        cleanups.push(server.drop, () => first.close(), () => second.close());

        const results = await Promise.all([migrate(first), migrate(second)]);

        const applied = results.flatMap((result) => result.applied).sort();
        expect(applied).toEqual(shipped);
        for (const result of results) {
          expect([...result.applied, ...result.alreadyApplied].sort()).toEqual(shipped);
        }
        expect(await recorded(first)).toEqual(shipped);
      }
    },
  );
});

describe('a migration that fails', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-migrations-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the files before it, rolls itself back, stops there, and reports the error', async () => {
    const { handle, destroy } = await emptyDatabase();
    cleanups.push(destroy);
    await writeFile(path.join(dir, '0001_first.sql'), 'create table first_table (id int primary key);\ninsert into first_table values (1);\n');
    await writeFile(
      path.join(dir, '0002_broken.sql'),
      'create table half_table (id int);\ninsert into half_table values (1);\nselect * from no_such_table;\n',
    );
    await writeFile(path.join(dir, '0003_after.sql'), 'create table after_table (id int);\n');
    await writeFile(path.join(dir, 'README.md'), 'not a migration');
    await writeFile(path.join(dir, '4_wrong_name.sql'), 'select * from no_such_table;');

    await expect(migrate(handle, dir)).rejects.toThrow(/no_such_table/);

    expect(await recorded(handle)).toEqual(['0001_first.sql']);
    expect(await tableExists(handle, 'first_table')).toBe(true);
    expect(await tableExists(handle, 'half_table')).toBe(false);
    expect(await tableExists(handle, 'after_table')).toBe(false);
    const rows = await sql<{ id: number }>`select id from first_table`.execute(handle.db);
    expect(rows.rows).toEqual([{ id: 1 }]);

    // Once the file is fixed, the next run picks up where the failed one stopped.
    await writeFile(path.join(dir, '0002_broken.sql'), 'create table half_table (id int);\ninsert into half_table values (1);\n');
    expect(await migrate(handle, dir)).toEqual({
      applied: ['0002_broken.sql', '0003_after.sql'],
      alreadyApplied: ['0001_first.sql'],
    });
    expect(await recorded(handle)).toEqual(['0001_first.sql', '0002_broken.sql', '0003_after.sql']);
    expect(await tableExists(handle, 'half_table')).toBe(true);
  });
});
