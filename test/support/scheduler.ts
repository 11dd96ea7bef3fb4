/**
 * Scheduler test helpers: pairs seeded straight into the database (in bulk) with their channels in
 * the Slack stand-in, a ServiceContext whose Slack port is the real scheduler gateway pointed at the
 * stand-in, a probe job handler, and the "claim and hang" child process that plays a dying worker.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webApi } from '@slack/bolt';
import { sql } from 'kysely';
import type { Config } from '../../src/config.js';
import type { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import type { Stage } from '../../src/domain/stages.js';
import type { JobHandler } from '../../src/scheduler/worker.js';
import type { ServiceContext } from '../../src/services/context.js';
import { type ActivePair, pairRef } from '../../src/services/pairs/pair-access.js';
import { createSchedulerGateway } from '../../src/slack/platform/scheduler-gateway.js';
import { SlackGateway } from '../../src/slack/platform/slack-gateway.js';
import { UserDirectory } from '../../src/slack/platform/user-directory.js';
import type { Db } from '../../src/storage/db/database.js';
import { findPairById } from '../../src/storage/pairs/pair.repository.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const TEAM_ID = 'T0001';
/** The zones of every seeded pair unless told otherwise: two zones whose working hours overlap 14:00–16:00 UTC in winter. */
export const MENTEE_TZ = 'Europe/Paris';
export const MENTOR_TZ = 'America/New_York';

/** The config `npm run tick` would build with SLACK_BOT_TOKEN / SLACK_API_URL pointed at the stand-in. */
export function standInConfig(standIn: SlackStandIn, overrides: Partial<Config> = {}): Config {
  return {
    slack: { botToken: standIn.token, appToken: undefined, signingSecret: undefined, apiUrl: standIn.apiUrl },
    port: 0,
    databaseUrl: undefined,
    dataDir: '',
    adminUserIds: [],
    defaultTimezone: 'UTC',
    ...overrides,
  };
}

export interface SchedulerContextOptions {
  clock?: () => Date;
  adminUserIds?: string[];
  /** ADMIN_USERGROUP (the group itself is added with `standIn.addUserGroup`). */
  adminUserGroup?: string;
  /** Collects what the services log (failed jobs, failed replans) so a test can assert on it. */
  logs?: Array<{ message: string; details?: Record<string, unknown> }>;
  /** Another Web API base URL than the stand-in's own (a proxy in front of it). */
  apiUrl?: string;
  /** The gateway's pace into one channel, scaled down for tests that would otherwise wait real seconds. */
  channelIntervalMs?: number;
}

/** A scheduler instance: the real scheduler gateway (bounded retries, Retry-After, pacer) against the stand-in. */
export function schedulerContext(db: Db, standIn: SlackStandIn, options: SchedulerContextOptions = {}): ServiceContext {
  const adminUserIds = options.adminUserIds ?? [];
  return {
    db,
    slack: createSchedulerGateway(
      standInConfig(standIn, {
        adminUserIds,
        ...(options.apiUrl === undefined ? {} : { slack: { botToken: standIn.token, appToken: undefined, signingSecret: undefined, apiUrl: options.apiUrl } }),
      }),
      undefined,
      options.channelIntervalMs === undefined ? {} : { channelIntervalMs: options.channelIntervalMs },
    ),
    adminUserIds,
    ...(options.adminUserGroup === undefined ? {} : { adminUserGroup: options.adminUserGroup }),
    defaultTimezone: 'UTC',
    clock: options.clock ?? (() => new Date()),
    log: (message, details) => options.logs?.push({ message, details }),
  };
}

/**
 * The request handlers' context, as src/slack/app.ts builds it (a WebClient without the scheduler's
 * pacer), for calling services such as pausePair directly.
 */
export function appContext(db: Db, standIn: SlackStandIn, options: SchedulerContextOptions = {}): ServiceContext {
  const client = new webApi.WebClient(standIn.token, {
    slackApiUrl: standIn.apiUrl,
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
  });
  return {
    ...schedulerContext(db, standIn, options),
    slack: new SlackGateway(client, new UserDirectory(client, 'UTC')),
  };
}

export interface SeededPair {
  pairId: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
}

export interface SeedOptions {
  stage?: Stage;
  openedAt: Date;
  mentorTz?: string;
  menteeTz?: string;
  createdBy?: string;
}

// Unique across every seed of a test process, so that several seeds (and stand-ins) share one database.
let seedCounter = 0;

/**
 * `count` open pairs inserted in one statement, each with its own private channel in the stand-in
 * (bot, mentor and mentee as members) and its two members known to the stand-in with their zones.
 */
export async function seedPairs(db: Db, standIn: SlackStandIn, count: number, options: SeedOptions): Promise<SeededPair[]> {
  const drafts = Array.from({ length: count }, () => {
    const n = ++seedCounter;
    const mentorId = `USMENTOR${n}`;
    const menteeId = `USMENTEE${n}`;
    const channelId = `CS${String(n).padStart(8, '0')}`;
    standIn.addUser({ id: mentorId, name: `mentor${n}`, tz: options.mentorTz ?? MENTOR_TZ, locale: 'en-US' });
    standIn.addUser({ id: menteeId, name: `mentee${n}`, tz: options.menteeTz ?? MENTEE_TZ, locale: 'en-US' });
    standIn.addChannel({ id: channelId, name: `mentoring-${n}`, isPrivate: true, members: [standIn.botUserId, mentorId, menteeId] });
    return { mentorId, menteeId, channelId, name: `mentoring-${n}` };
  });
  const rows = await db
    .insertInto('pairs')
    .values(
      drafts.map((draft) => ({
        team_id: TEAM_ID,
        mentor_id: draft.mentorId,
        mentee_id: draft.menteeId,
        stage: options.stage ?? 'nurture',
        channel_id: draft.channelId,
        channel_name: draft.name,
        created_by: options.createdBy ?? 'UADMIN1',
        created_at: options.openedAt,
        last_activity_at: options.openedAt,
      })),
    )
    .returning(['id', 'channel_id', 'mentor_id', 'mentee_id'])
    .execute();
  const byChannel = new Map(rows.map((row) => [row.channel_id, row]));
  return drafts.map((draft) => {
    const row = byChannel.get(draft.channelId);
    if (!row) throw new Error(`pair of ${draft.channelId} was not inserted`);
    return { pairId: row.id, channelId: draft.channelId, mentorId: draft.mentorId, menteeId: draft.menteeId };
  });
}

/** One job per pair, inserted in one statement; returns the ids in the pairs' order. */
export async function insertJobs(
  db: Db,
  pairs: readonly SeededPair[],
  job: { kind: string; runAt: Date; key?: (pair: SeededPair) => string },
): Promise<number[]> {
  const rows = await db
    .insertInto('jobs')
    .values(
      pairs.map((pair) => ({
        kind: job.kind,
        pair_id: pair.pairId,
        dedupe_key: job.key?.(pair) ?? `${job.kind}:${pair.pairId}`,
        run_at: job.runAt,
        payload: JSON.stringify({}),
      })),
    )
    .returning(['id', 'pair_id'])
    .execute();
  const byPair = new Map(rows.map((row) => [row.pair_id, row.id]));
  return pairs.map((pair) => byPair.get(pair.pairId) ?? -1);
}

/**
 * A test job kind: posts a real message (the "keeping going" notice) into the job's pair channel
 * through the scheduler's Slack port, and counts how many times each job was handed to a worker.
 */
export function probeHandler(runs: Map<number, number>): JobHandler {
  return async (ctx, job) => {
    runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
    const pair = job.pairId === null ? undefined : await findPairById(ctx.db, job.pairId);
    if (!pair || pair.channelId === null) throw new Error(`probe job ${job.id} has no pair channel`);
    await ctx.slack.postToPair(pairRef(pair as ActivePair), { kind: 'notice', notice: 'keptGoing', userId: pair.menteeId });
    return { outcome: 'done' };
  };
}

/** A pair's jobs, every state; the months-away evaluate_horizon reminder left out, as in pendingJobsOfPair. */
export async function jobsOfPair(db: Db, pairId: number) {
  return db.selectFrom('jobs').selectAll().where('pair_id', '=', pairId).where('kind', '<>', 'evaluate_horizon').orderBy('id').execute();
}

/**
 * A pair's pending jobs, in run order. The months-away "evaluate is coming" reminder (issue 16), planned
 * for every pair without an end date, is left out: test/e2e/first-weeks-plan.test.ts checks it directly.
 */
export async function pendingJobsOfPair(db: Db, pairId: number) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('state', '=', 'pending')
    .where('kind', '<>', 'evaluate_horizon')
    .orderBy('run_at')
    .orderBy('id')
    .execute();
}

/** Every row of the jobs table, in id order: for "nothing changed" comparisons. */
export async function jobsSnapshot(db: Db) {
  return db.selectFrom('jobs').selectAll().orderBy('id').execute();
}

/** Ends a test's leftovers so that a later test's ticks never send an earlier test's jobs. */
export async function cancelOpenJobs(db: Db): Promise<void> {
  await db.updateTable('jobs').set({ state: 'cancelled', lease_expires_at: null }).where('state', 'in', ['pending', 'running']).execute();
}

export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
export const days = (n: number) => n * 86_400_000;
export const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

export interface ChildRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node --import tsx <script> …args` in the repository, with only PATH, HOME and `env` in its environment. */
export function runNodeScript(script: string, args: string[], env: Record<string, string>): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Polls (no fixed sleep) until `check` holds, the child exits, or the deadline passes. */
export async function untilChild<T>(what: string, run: ChildRun, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (run.child.exitCode !== null || run.child.signalCode !== null || Date.now() > deadline) {
      throw new Error(`${what} did not happen (exit ${run.child.exitCode ?? run.child.signalCode})\nstdout:\n${run.stdout()}\nstderr:\n${run.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A worker that claims one due job at `at` with a lease of `leaseMs` and then hangs, as a replica
 * would that died between claim and completion. Resolves with the claimed id and the running child.
 */
export async function claimAndHang(databaseUrl: string, at: Date, leaseMs: number): Promise<{ jobId: number; run: ChildRun }> {
  const run = runNodeScript('test/support/claim-and-hang.ts', [], {
    DATABASE_URL: databaseUrl,
    CLAIM_AT: at.toISOString(),
    LEASE_MS: String(leaseMs),
  });
  try {
    const jobId = await untilChild('the claim', run, () => {
      const match = /^claimed (\d+)$/m.exec(run.stdout());
      return match ? Number(match[1]) : undefined;
    });
    return { jobId, run };
  } catch (error) {
    run.child.kill('SIGKILL');
    throw error;
  }
}

/**
 * Waits (polling, no fixed sleep) until the database's clock has passed the lease of job `jobId`:
 * leases are taken from the database's clock, so a test lets a short one run out for real.
 */
export async function untilLeaseEnds(db: Db, jobId: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await sql<{ ended: boolean }>`select lease_expires_at <= now() as ended from jobs where id = ${jobId}`.execute(db);
    if (row.rows[0]?.ended === true) return;
    if (Date.now() > deadline) throw new Error(`the lease of job ${jobId} did not end within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Milliseconds between the database's clock and `lease_expires_at` of a job (its lease as granted). */
export async function leaseLeftMs(db: Db, jobId: number): Promise<number> {
  const row = await sql<{ ms: number }>`select (extract(epoch from (lease_expires_at - now())) * 1000)::float8 as ms from jobs where id = ${jobId}`.execute(db);
  return Number(row.rows[0]?.ms);
}
