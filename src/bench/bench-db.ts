/**
 * The bench's own Postgres database (`mentor_bench`, dropped and created afresh), so it never meets
 * a test's or anyone's data, and the set-based seeding of its big tables.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../storage/db/database.js';
import { migrate } from '../storage/db/migrator.js';
import type { Database } from '../storage/db/schema.js';

/** The bench's own handle on its database, for seeding and counting. */
export interface BenchDatabase {
  db: Kysely<Database>;
  close(): Promise<void>;
}

export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
// BENCH_DATABASE_NAME lets two benches share one server (two checkouts at once) without dropping each other's rows.
export const BENCH_DATABASE = process.env.BENCH_DATABASE_NAME?.trim() || 'mentor_bench';
export const BENCH_TEAM = 'T0001';

/** The bench database's URL on the same server. */
export function benchDatabaseUrl(name = BENCH_DATABASE): string {
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops and creates the database, empty (no migration): what a first start finds. */
export async function recreateDatabase(name = BENCH_DATABASE): Promise<string> {
  await onServer(`drop database if exists ${name} with (force)`);
  await onServer(`create database ${name}`);
  return benchDatabaseUrl(name);
}

export async function dropDatabase(name = BENCH_DATABASE): Promise<void> {
  await onServer(`drop database if exists ${name} with (force)`);
}

/**
 * A fresh bench database, migrated by the app's own migrator, then opened on a pool of the bench's:
 * seeding a million rows takes longer than the app allows any one query.
 */
export async function openFreshBenchDatabase(): Promise<BenchDatabase> {
  const url = await recreateDatabase();
  const app = await openDatabase({ url });
  try {
    await migrate(app);
  } finally {
    await app.close();
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }) });
  return { db, close: () => db.destroy() };
}

export interface SeededPairs {
  firstId: number;
  count: number;
}

/** User and channel ids of the n-th seeded pair (1-based), the same in SQL and in the Slack stand-in. */
export function seededPair(n: number): { mentorId: string; menteeId: string; channelId: string } {
  const digits = String(n).padStart(7, '0');
  return { mentorId: `UM${digits}`, menteeId: `UE${digits}`, channelId: `CP${digits}` };
}

/**
 * `count` active pairs in the engage stage, numbered from `from`, opened `openedAt`, each with two
 * people of its own and a channel of its own (so the scheduler's one-post-a-second pacing never
 * makes one wait for another). One statement, however many.
 */
export async function seedPairs(handle: BenchDatabase, from: number, count: number, openedAt: Date): Promise<SeededPairs> {
  const rows = await sql<{ id: number }>`
    insert into pairs (team_id, mentor_id, mentee_id, stage, channel_id, channel_name, created_by, created_at, last_activity_at)
    select ${BENCH_TEAM}, 'UM' || lpad(n::text, 7, '0'), 'UE' || lpad(n::text, 7, '0'), 'engage',
           'CP' || lpad(n::text, 7, '0'), 'mentoring-' || n, 'UADMIN0', ${openedAt}, ${openedAt}
    from generate_series(${from}::int, ${from + count - 1}::int) as n
    order by n
    returning id`.execute(handle.db);
  const ids = rows.rows.map((row) => row.id);
  return { firstId: Math.min(...ids), count: ids.length };
}

/**
 * The meeting-overdue nudge that the planner itself plans for a pair opened at `openedAt` that never
 * logged a meeting, due at `runAt`: runNudgeJob finds its key in the plan and really sends it.
 */
export async function seedOverdueNudges(handle: BenchDatabase, pairIds: { from: number; to: number }, runAt: Date): Promise<number> {
  const result = await sql`
    insert into jobs (kind, pair_id, dedupe_key, run_at, payload)
    select 'meeting_overdue', p.id,
           'meeting_overdue:' || p.id || ':' || to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           ${runAt}, jsonb_build_object('days', p.cadence_days)
    from pairs p where p.id between ${pairIds.from} and ${pairIds.to}`.execute(handle.db);
  return Number(result.numAffectedRows ?? 0n);
}

/**
 * A year of history for a busy installation: `perPair` jobs for each pair, mostly sent or cancelled
 * long ago, some pending in the coming weeks, a few due now and a few running, as the claim meets them.
 */
export async function seedJobHistory(handle: BenchDatabase, pairIds: { from: number; to: number }, perPair: number, now: Date): Promise<number> {
  const result = await sql`
    insert into jobs (kind, pair_id, dedupe_key, run_at, state, attempts, lease_expires_at, payload, created_at, finished_at)
    select 'meeting_overdue', p.id, 'history:' || p.id || ':' || k,
           case when s.state in ('done', 'cancelled', 'failed') then ${now}::timestamptz - (k || ' days')::interval
                when s.state = 'pending' and s.due then ${now}::timestamptz - interval '1 minute'
                when s.state = 'pending' then ${now}::timestamptz + (k || ' hours')::interval
                else ${now}::timestamptz - interval '30 seconds' end,
           s.state, case when s.state = 'pending' then 0 else 1 end,
           case when s.state = 'running' then ${now}::timestamptz + interval '4 minutes' end,
           '{}'::jsonb, ${now}::timestamptz - (k || ' days')::interval,
           case when s.state in ('done', 'cancelled', 'failed') then ${now}::timestamptz - (k || ' days')::interval end
    from pairs p
    cross join generate_series(1, ${perPair}::int) as k
    cross join lateral (
      select case
        when (p.id * 31 + k) % 1000 < 10 then 'pending'   -- 1 %: due now
        when (p.id * 31 + k) % 1000 < 150 then 'pending'  -- 14 %: due later
        when (p.id * 31 + k) % 1000 < 152 then 'running'
        when (p.id * 31 + k) % 1000 < 155 then 'failed'
        when (p.id * 31 + k) % 1000 < 400 then 'cancelled'
        else 'done' end as state,
        (p.id * 31 + k) % 1000 < 10 as due
    ) s
    where p.id between ${pairIds.from} and ${pairIds.to}`.execute(handle.db);
  return Number(result.numAffectedRows ?? 0n);
}

export async function analyze(handle: BenchDatabase): Promise<void> {
  await sql`vacuum analyze`.execute(handle.db);
}

/**
 * The seeded pairs' members as the scheduler keeps them (slack_members), stored `at`: a programme
 * that has run for a day has them from its first nudges and `user_change` events. Without them,
 * each member costs one users.info on their first nudge of the day.
 */
export async function seedMembers(handle: BenchDatabase, pairIds: { from: number; to: number }, at: Date): Promise<void> {
  await sql`
    insert into slack_members (team_id, user_id, tz, locale, display_name, is_admin, refreshed_at)
    select p.team_id, u.id, 'UTC', 'en', lower(u.id), false, ${at}
    from pairs p cross join lateral (values (p.mentor_id), (p.mentee_id)) as u(id)
    where p.id between ${pairIds.from} and ${pairIds.to}
    on conflict (team_id, user_id) do nothing`.execute(handle.db);
}
