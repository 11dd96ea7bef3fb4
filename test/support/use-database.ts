/**
 * `useTestDatabase(options?)`: one fresh, migrated test database for the calling file (or describe
 * block), on Postgres when TEST_DATABASE_URL is set, else on the embedded PGlite.
 *
 *   const database = useTestDatabase();          // at the top of the file or of a describe
 *   it('…', async () => { await database.db.selectFrom('pairs')… });
 *
 * Created in beforeAll, destroyed in afterAll. `options.beforeEach` runs before every test with the
 * database (to clear or cancel rows a test must not inherit). The returned object forwards to the
 * TestDatabase once beforeAll has run (see lazy.ts); do not read it at the top level.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { OpenOptions } from '../../src/storage/db/database.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { lazy } from './lazy.js';

export interface UseTestDatabaseOptions extends OpenOptions {
  /** Runs before each test of the file (or describe), with the database. */
  beforeEach?: (database: TestDatabase) => Promise<void> | void;
}

export function useTestDatabase(options: UseTestDatabaseOptions = {}): TestDatabase {
  const { beforeEach: eachTest, ...openOptions } = options;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(openOptions);
  }, 180_000);
  afterAll(async () => {
    await database?.destroy();
    database = undefined;
  });
  if (eachTest) beforeEach(() => eachTest(current()));
  const current = (): TestDatabase => {
    if (!database) throw new Error('the test database is not ready');
    return database;
  };
  return lazy('the test database (useTestDatabase)', () => database);
}
