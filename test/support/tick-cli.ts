/**
 * `useTickCli(seed)`: `npm run tick` as an operator runs it, for the calling describe block:
 * src/cli/tick.ts in a child process, configured only through its environment, on a database of
 * the block's own: DATABASE_URL (a server database) when TEST_DATABASE_URL is set, else DATA_DIR (an
 * embedded database in a folder made here, closed before the child opens it: PGlite allows one
 * process at a time). In beforeAll the stand-in starts, the database is migrated and `seed` runs on
 * it; afterAll stops and drops both.
 *
 *   const cli = useTickCli(async (db, standIn) => { [pair] = await seedPairs(db, standIn, 1, …); });
 *   const run = await cli.run(['--at', AT.toISOString()], { slack: true });  // { code, stdout, stderr }
 *   const rows = await cli.withDatabase((db) => jobsSnapshot(db));
 *
 * `run(args, { slack: true })` also gives the child SLACK_BOT_TOKEN / SLACK_API_URL of the stand-in
 * (without it the child has no Slack, as a dry run needs none).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { type Db, type DatabaseHandle, openDatabase } from '../../src/storage/db/database.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl } from './database.js';
import { lazy } from './lazy.js';
import { runNodeScript } from './scheduler.js';

export interface TickCliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface TickCli {
  standIn: SlackStandIn;
  /** Opens the database for `work` only, so the child finds it free. */
  withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T>;
  run(args: string[], options?: { slack?: boolean }): Promise<TickCliRun>;
}

interface Target {
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

async function createTarget(): Promise<Target> {
  const server = await createServerDatabaseUrl();
  if (server) return { env: { DATABASE_URL: server.url }, open: () => openDatabase({ url: server.url }), dispose: () => server.drop() };
  const dir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-tick-'));
  return { env: { DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), dispose: () => rm(dir, { recursive: true, force: true }) };
}

export function useTickCli(seed: (db: Db, standIn: SlackStandIn) => Promise<void>): TickCli {
  let standIn: SlackStandIn | undefined;
  let target: Target | undefined;
  const ready = (): { standIn: SlackStandIn; target: Target } => {
    if (!standIn || !target) throw new Error('useTickCli is not ready: use it inside a test');
    return { standIn, target };
  };
  async function withHandle<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
    const handle = await ready().target.open();
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  }
  const withDatabase = <T>(work: (db: Db) => Promise<T>): Promise<T> => withHandle((handle) => work(handle.db));
  beforeAll(async () => {
    standIn = await SlackStandIn.start();
    target = await createTarget();
    const started = standIn;
    await withHandle(async (handle) => {
      await migrate(handle);
      await seed(handle.db, started);
    });
  }, 180_000);
  afterAll(async () => {
    await standIn?.stop();
    await target?.dispose();
  });
  return {
    standIn: lazy('the Slack stand-in (useTickCli)', () => standIn),
    withDatabase,
    async run(args, options = {}) {
      const { standIn: slack, target: where } = ready();
      const env = options.slack ? { ...where.env, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl } : where.env;
      const child = runNodeScript('src/cli/tick.ts', args, env);
      const exit = await child.exited;
      return { code: exit.code, stdout: child.stdout(), stderr: child.stderr() };
    },
  };
}
