import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, type OpenOptions, openDatabase } from '../../src/storage/db/database.js';
import { CACHE_TEMPLATE_DIR, ensureTemplate } from '../../src/storage/db/embedded-template.js';
import { migrate } from '../../src/storage/db/migrator.js';

/** Set by CI to the local server: every test then runs on real Postgres; unset, on PGlite in memory. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export interface TestDatabase extends DatabaseHandle {
  /** Drops the per-file database (Postgres) or frees the in-memory one. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database of its own for one test file: a new database on the Postgres server
 * named by TEST_DATABASE_URL, else an in-memory embedded one loaded from the run's migrated template
 * (built once by test/support/global-setup.ts) instead of initdb and every migration per file.
 */
export async function createTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const handle = await openDatabase({ memory: true }, { template: await ensureTemplate(CACHE_TEMPLATE_DIR), ...options });
    await migrate(handle);
    return { ...handle, destroy: () => handle.close() };
  }
  const name = `mentor_coach_test_${randomBytes(6).toString('hex')}`;
  await admin(TEST_DATABASE_URL, `create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() }, options);
  await migrate(handle);
  return {
    ...handle,
    async destroy() {
      await handle.close();
      await admin(TEST_DATABASE_URL, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A Postgres URL for a database of our own, for tests that need several connections or processes. */
export async function createServerDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  if (!TEST_DATABASE_URL) return undefined;
  const name = `mentor_coach_test_${randomBytes(6).toString('hex')}`;
  await admin(TEST_DATABASE_URL, `create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(TEST_DATABASE_URL, `drop database if exists ${name} with (force)`) };
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
