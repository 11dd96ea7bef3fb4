/**
 * `npm run tick -- --at <time>` posts a meeting's agenda before it, once however often it runs:
 * src/cli/tick.ts in a child process, on a database of this file's own (a server database when
 * TEST_DATABASE_URL is set, else an embedded one in a folder made here, closed before the child opens it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { type DatabaseHandle, openDatabase } from '../../src/storage/db/database.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { createServerDatabaseUrl } from '../support/database.js';
import { jobsOfPair, runNodeScript, schedulerContext, type SeededPair, seedPairs } from '../support/scheduler.js';

interface Target {
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

async function createTarget(): Promise<Target> {
  const server = await createServerDatabaseUrl();
  if (server) return { env: { DATABASE_URL: server.url }, open: () => openDatabase({ url: server.url }), dispose: () => server.drop() };
  const dir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-agenda-tick-'));
  return { env: { DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function withDatabase<T>(target: Target, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await target.open();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function tickCli(args: string[], env: Record<string, string>) {
  const run = runNodeScript('src/cli/tick.ts', args, env);
  const exit = await run.exited;
  return { code: exit.code, stdout: run.stdout(), stderr: run.stderr() };
}

// Monday 5 January 2026, 15:30 in Paris (mentee) and 09:30 in New York (mentor).
const OPENED = new Date('2026-01-05T14:30:00Z');
// The next meeting the log names: Thursday 15 January, 09:00 in Paris; its agenda is due 24 hours before.
const MEETING = new Date('2026-01-15T08:00:00Z');
const AT = new Date('2026-01-14T08:00:00Z');

describe('npm run tick posts the agenda before the meeting', () => {
  let target: Target;
  let standIn: SlackStandIn;
  let pair: SeededPair;

  beforeAll(async () => {
    standIn = await SlackStandIn.start();
    target = await createTarget();
    await withDatabase(target, async (handle) => {
      await migrate(handle);
      [pair] = (await seedPairs(handle.db, standIn, 1, { openedAt: OPENED })) as [SeededPair];
      const log = await handle.db
        .insertInto('meeting_logs')
        .values({ pair_id: pair.pairId, author_id: pair.menteeId, summary: 'First meeting', source: 'command', next_meeting_on: '2026-01-15', created_at: OPENED })
        .returning('id')
        .executeTakeFirstOrThrow();
      await handle.db
        .insertInto('action_items')
        .values({ pair_id: pair.pairId, log_id: log.id, text: 'Rewrite the CV', created_by: pair.menteeId, due_on: '2026-01-20', number: 1 })
        .execute();
      await replanPair(schedulerContext(handle.db, standIn, { clock: () => OPENED }), pair.pairId);
      const agenda = (await jobsOfPair(handle.db, pair.pairId)).filter((job) => job.kind === 'agenda');
      expect(agenda).toMatchObject([{ state: 'pending', run_at: AT, dedupe_key: `agenda:${pair.pairId}:${MEETING.toISOString()}` }]);
    });
  }, 60_000);

  afterAll(async () => {
    await standIn?.stop();
    await target?.dispose();
  });

  it('an hour early nothing is due; at the time, one pass posts it; passes after that post nothing more', async () => {
    const env = { ...target.env, SLACK_BOT_TOKEN: standIn.token, SLACK_API_URL: standIn.apiUrl };

    const early = await tickCli(['--at', '2026-01-14T07:00:00Z'], env);
    expect(early.stderr).toBe('');
    expect(early.stdout).toBe('tick at 2026-01-14T07:00:00.000Z: 0 claimed, 0 sent, 0 cancelled, 0 postponed, 0 to retry, 0 failed\n');

    const first = await tickCli(['--at', AT.toISOString()], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`tick at ${AT.toISOString()}: 1 claimed, 1 sent, 0 cancelled, 0 postponed, 0 to retry, 0 failed\n`);
    const [again, later] = [await tickCli(['--at', AT.toISOString()], env), await tickCli(['--at', '2026-01-14T09:00:00Z'], env)];
    expect(again.stdout).toContain('0 claimed');
    expect(later.stdout).toContain('0 claimed');

    const posted = standIn.messages(pair.channelId);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text.startsWith(en.agenda.title)).toBe(true);
    const body = JSON.stringify(posted[0]!.blocks);
    expect(body).toContain(`<!date^${MEETING.getTime() / 1000}^`);
    expect(body).toContain('Rewrite the CV');
  }, 90_000);
});
