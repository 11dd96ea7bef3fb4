/**
 * `useProxiedDatabase()`: Postgres only, for tests of a database that is slow or out of reach: a
 * server database of the calling file's own, migrated, reached through a TcpProxy (./tcp-proxy.ts)
 * that the test can cut, stall or slow down.
 *
 *   const { proxy, database } = useProxiedDatabase();
 *   beforeAll(async () => { if (TEST_DATABASE_URL) s = await Scenario.start({ database }); });
 *   it.skipIf(!TEST_DATABASE_URL)('…', () => { proxy.down(); … });
 *
 * Without TEST_DATABASE_URL nothing is set up and both stay unready (see lazy.ts): skip those tests.
 * afterAll puts the proxy back up, closes the database, stops the proxy and drops the database;
 * stop an app that uses `database` in the file's own afterAll (it runs first).
 */
import { afterAll, beforeAll } from 'vitest';
import { openDatabase } from '../../src/storage/db/database.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl, TEST_DATABASE_URL, type TestDatabase } from './database.js';
import { lazy } from './lazy.js';
import { TcpProxy } from './tcp-proxy.js';

export function useProxiedDatabase(): { proxy: TcpProxy; database: TestDatabase } {
  let proxy: TcpProxy | undefined;
  let database: TestDatabase | undefined;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    if (!TEST_DATABASE_URL) return;
    const server = await createServerDatabaseUrl();
    if (!server) throw new Error('TEST_DATABASE_URL is set but no server database was created');
    drop = server.drop;
    const target = new URL(server.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const handle = await openDatabase({ url: proxy.route(server.url) });
    await migrate(handle);
    database = { ...handle, destroy: () => handle.close() };
  }, 180_000);
  afterAll(async () => {
    proxy?.up();
    proxy?.slow(0);
    await database?.destroy();
    await proxy?.stop();
    await drop();
  });
  return { proxy: lazy('the TCP proxy (useProxiedDatabase)', () => proxy), database: lazy('the proxied database (useProxiedDatabase)', () => database) };
}
