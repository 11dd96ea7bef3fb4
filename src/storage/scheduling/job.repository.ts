import { type ExpressionBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import type { HeldJob, Job, PlannedJob } from '../../domain/scheduling/job.js';
import type { Database, JobRow } from '../db/schema.js';
import { toJob } from './job.mapper.js';

/**
 * Makes a pair's pending jobs of the planned kinds match `desired`: new occurrences are inserted,
 * moved ones rescheduled, and pending ones no longer wanted cancelled. Jobs already sent stay as they
 * are, so planning twice (or after a job ran) never sends anything twice.
 */
export async function syncPairJobs(
  db: DbOrTrx,
  pairId: number,
  plannedKinds: readonly string[],
  desired: readonly PlannedJob[],
  now: Date,
): Promise<void> {
  await syncPairsJobs(db, [pairId], plannedKinds, desired.map((job) => ({ ...job, pairId })), now);
}

/** syncPairJobs for several pairs in two statements (the scheduler replans a whole batch at once). */
export async function syncPairsJobs(
  db: DbOrTrx,
  pairIds: readonly number[],
  plannedKinds: readonly string[],
  desired: ReadonlyArray<PlannedJob & { pairId: number }>,
  now: Date,
): Promise<void> {
  if (pairIds.length === 0) return;
  if (desired.length > 0) {
    await db
      .insertInto('jobs')
      .values(
        desired.map((job) => ({
          kind: job.kind,
          pair_id: job.pairId,
          dedupe_key: job.dedupeKey,
          run_at: job.runAt,
          payload: JSON.stringify(job.payload),
        })),
      )
      // A cancelled occurrence wanted again (the pair resumed, say) is pending again; sent or failed ones
      // stay. A job waiting out a back-off or Retry-After keeps waiting.
      .onConflict((oc) =>
        oc
          .column('dedupe_key')
          .doUpdateSet({
            run_at: sql<Date>`greatest(excluded.run_at, coalesce(jobs.not_before, excluded.run_at))`,
            state: 'pending',
            finished_at: null,
          })
          .where('jobs.state', 'in', ['pending', 'cancelled']),
      )
      .execute();
  }
  if (plannedKinds.length === 0) return;
  let stale = db
    .updateTable('jobs')
    .set({ state: 'cancelled', finished_at: now })
    .where('pair_id', 'in', [...pairIds])
    .where('state', '=', 'pending')
    .where('kind', 'in', [...plannedKinds]);
  if (desired.length > 0) stale = stale.where('dedupe_key', 'not in', desired.map((job) => job.dedupeKey));
  await stale.execute();
}

/** Adds jobs in one statement, each unless its occurrence exists already. */
export async function addJobs(db: DbOrTrx, pairId: number | null, jobs: readonly PlannedJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const inserted = await db
    .insertInto('jobs')
    .values(jobs.map((job) => ({ kind: job.kind, pair_id: pairId, dedupe_key: job.dedupeKey, run_at: job.runAt, payload: JSON.stringify(job.payload) })))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n);
}

/** Adds one job unless its occurrence exists already (snoozes, one-off reminders). */
export async function addJob(db: DbOrTrx, pairId: number | null, job: PlannedJob): Promise<boolean> {
  const inserted = await db
    .insertInto('jobs')
    .values({ kind: job.kind, pair_id: pairId, dedupe_key: job.dedupeKey, run_at: job.runAt, payload: JSON.stringify(job.payload) })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Adds facts to a pending job's payload (found by its occurrence key); false when it is no longer pending. */
export async function addToPendingJobPayload(db: DbOrTrx, dedupeKey: string, facts: Record<string, unknown>): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ payload: sql`payload || ${JSON.stringify(facts)}::jsonb` })
    .where('dedupe_key', '=', dedupeKey)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return (result.numUpdatedRows ?? 0n) > 0n;
}

/** Moves a pending job (found by its occurrence key) to `runAt` unless it is due later already; false when it is no longer pending. */
export async function deferPendingJob(db: DbOrTrx, dedupeKey: string, runAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ run_at: sql`greatest(run_at, ${runAt.toISOString()}::timestamptz)` })
    .where('dedupe_key', '=', dedupeKey)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return (result.numUpdatedRows ?? 0n) > 0n;
}

export async function cancelPairJobs(db: DbOrTrx, pairId: number, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ state: 'cancelled', finished_at: now })
    .where('pair_id', '=', pairId)
    .where('state', '=', 'pending')
    .execute();
}

// Leases are computed by the database's clock, statement by statement: a replica whose clock is
// minutes off, or a batch claimed late in a long pass, still gets a lease that means what it says.
const leaseEnd = (leaseMs: number) => sql<Date>`now() + ${leaseMs / 1000} * interval '1 second'`;

// One batch's rows as a table, in one parameter that both drivers pass the same way.
const heldTable = (rows: ReadonlyArray<Record<string, unknown>>) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)`;

/**
 * Takes up to `limit` due jobs for this worker: pending ones whose time has come, then running ones
 * whose lease ran out (their worker died or stalled). Each claim bumps the job's token. SKIP LOCKED
 * lets replicas claim side by side without waiting on, or taking, each other's rows; each half walks
 * its own partial index.
 */
export async function claimDueJobs(db: DbOrTrx, now: Date, limit: number, leaseMs: number): Promise<Job[]> {
  const due = await sql<JobRow>`
    update jobs set state = 'running', attempts = attempts + 1, claim_token = claim_token + 1, lease_expires_at = ${leaseEnd(leaseMs)}
    where id in (
      select id from jobs
      where state = 'pending' and run_at <= ${now}
      order by run_at
      limit ${limit}
      for update skip locked
    )
    returning *`.execute(db);
  if (due.rows.length >= limit) return due.rows.map(toJob);
  const abandoned = await sql<JobRow>`
    update jobs set attempts = attempts + 1, claim_token = claim_token + 1, lease_expires_at = ${leaseEnd(leaseMs)}
    where id in (
      select id from jobs
      where state = 'running' and lease_expires_at <= now() and attempts < max_attempts
      order by lease_expires_at
      limit ${limit - due.rows.length}
      for update skip locked
    )
    returning *`.execute(db);
  return [...due.rows, ...abandoned.rows].map(toJob);
}

/**
 * Extends the leases of jobs this worker still holds; returns the ids it no longer holds (another
 * replica claimed them after a lapse), whose results the worker must drop.
 */
export async function renewLeases(db: DbOrTrx, held: readonly HeldJob[], leaseMs: number): Promise<number[]> {
  if (held.length === 0) return [];
  const renewed = await sql<{ id: number }>`
    update jobs set lease_expires_at = ${leaseEnd(leaseMs)}
    from ${heldTable(held.map((job) => ({ id: job.id, token: job.claimToken })))} as h(id int, token int)
    where jobs.id = h.id and jobs.claim_token = h.token and jobs.state = 'running'
    returning jobs.id`.execute(db);
  const still = new Set(renewed.rows.map((row) => Number(row.id)));
  return held.filter((job) => !still.has(job.id)).map((job) => job.id);
}

/** Running jobs whose lease ran out after their last attempt: failed, for an admin to look at. */
export async function failAbandonedJobs(db: DbOrTrx, now: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'failed', finished_at: now, last_error: 'worker stopped during the last attempt' })
    .where('state', '=', 'running')
    .where('lease_expires_at', '<=', sql<Date>`now()`)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Records a batch's outcomes in one statement, each only under its claim's token; returns the ids
 * recorded. A job missing from the answer was taken over by another replica: its result is dropped.
 */
export async function completeJobs(
  db: DbOrTrx,
  outcomes: ReadonlyArray<HeldJob & { state: 'done' | 'cancelled' }>,
  now: Date,
): Promise<Set<number>> {
  if (outcomes.length === 0) return new Set();
  const result = await sql<{ id: number }>`
    update jobs set state = h.state, finished_at = ${now}, lease_expires_at = null
    from ${heldTable(outcomes.map((job) => ({ id: job.id, token: job.claimToken, state: job.state })))} as h(id int, token int, state text)
    where jobs.id = h.id and jobs.claim_token = h.token and jobs.state = 'running'
    returning jobs.id`.execute(db);
  return new Set(result.rows.map((row) => Number(row.id)));
}

export async function completeJob(db: DbOrTrx, job: HeldJob, now: Date, state: 'done' | 'cancelled' = 'done'): Promise<boolean> {
  return (await completeJobs(db, [{ ...job, state }], now)).has(job.id);
}

/** Back to pending for a later attempt, or failed when `retryAt` is null; false when the claim is stale. */
export async function failJobAttempt(db: DbOrTrx, job: HeldJob, error: string, retryAt: Date | null, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set(
      retryAt === null
        ? { state: 'failed', last_error: error, finished_at: now, lease_expires_at: null }
        : { state: 'pending', last_error: error, run_at: retryAt, not_before: retryAt, lease_expires_at: null },
    )
    .where('id', '=', job.id)
    .where('claim_token', '=', job.claimToken)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Puts claimed jobs back for later without counting an attempt (outside working hours, rate
 * limited, the workspace's token refused), each only under its claim's token.
 */
export async function postponeJobs(db: DbOrTrx, jobs: ReadonlyArray<HeldJob & { until: Date }>): Promise<number> {
  if (jobs.length === 0) return 0;
  const result = await sql`
    update jobs set state = 'pending', run_at = h.until, not_before = h.until, lease_expires_at = null, attempts = attempts - 1
    from ${heldTable(jobs.map((job) => ({ id: job.id, token: job.claimToken, until: job.until.toISOString() })))} as h(id int, token int, until timestamptz)
    where jobs.id = h.id and jobs.claim_token = h.token and jobs.state = 'running'`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

export async function postponeJob(db: DbOrTrx, job: HeldJob, runAt: Date): Promise<boolean> {
  return (await postponeJobs(db, [{ ...job, until: runAt }])) > 0;
}

/** What a tick at `at` would claim, without claiming it (`npm run tick -- --dry-run`). */
export async function listDueJobs(db: DbOrTrx, at: Date, limit = 1_000): Promise<Job[]> {
  const rows = await db
    .selectFrom('jobs')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'pending'), eb('run_at', '<=', at)]),
        eb.and([eb('state', '=', 'running'), eb('lease_expires_at', '<=', sql<Date>`now()`), eb('attempts', '<', eb.ref('max_attempts'))]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toJob);
}

export async function findJob(db: DbOrTrx, jobId: number): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
  return row && toJob(row);
}

/** A workspace's jobs are its pairs' jobs. */
const pairsOfTeam = (teamId: string) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb('pair_id', 'in', eb.selectFrom('pairs').select('id').where('team_id', '=', teamId));

export async function listFailedJobs(db: DbOrTrx, teamId: string, limit: number): Promise<Job[]> {
  const rows = await db
    .selectFrom('jobs')
    .selectAll()
    .where('state', '=', 'failed')
    .where(pairsOfTeam(teamId))
    .orderBy('finished_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toJob);
}

export async function countJobsByState(db: DbOrTrx, teamId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['state', eb.fn.countAll<number>().as('count')])
    .where('state', 'in', ['pending', 'running', 'failed'])
    .where(pairsOfTeam(teamId))
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]));
}
