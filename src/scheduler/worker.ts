import type { LogFn } from '../logger.js';
import { ADMIN_ALERT, ADMIN_NOTICE, noticeTeam, runAdminAlert, runAdminNotice } from '../services/admin/admin-notices.js';
import type { ServiceContext } from '../services/context.js';
import { noteDeliveryProblem } from '../services/scheduling/delivery.js';
import { type JobBatch, type JobOutcome, loadPairs, replanAfterSends, runNudgeJob } from '../services/scheduling/nudges.js';
import { eraseExpiredPairs } from '../services/admin/retention.js';
import { SlackCallError } from '../services/slack-port.js';
import { claimDueJobs, completeJobs, failJobAttempt, postponeJobs } from '../storage/scheduling/job.repository.js';
import type { Job } from '../domain/scheduling/job.js';
import { housekeeping } from './housekeeping.js';
import { BULK_CHECK_JOB, runBulkCheckWatch } from '../services/programme/bulk-check.js';
import { BULK_PAIRING_JOB, runBulkPairingJob } from '../services/programme/bulk-run.js';
import { LeaseKeeper } from './leases.js';
import { PULSE_HANDLERS } from './pulse-jobs.js';

export const BATCH_SIZE = 50;
export const LEASE_MS = 5 * 60_000;
/** Minutes to wait before attempt 2, 3, 4, 5. */
const BACKOFF_MINUTES = [1, 5, 15, 60];
/** The workspace's token was refused: its jobs wait this long, pending, and no attempt is spent. */
export const AUTH_PAUSE_MS = 5 * 60_000;
/** Slack's answers that say the token, not the job, is the problem. */
const AUTH_ERRORS: ReadonlySet<string> = new Set(['invalid_auth', 'account_inactive', 'token_revoked', 'not_authed']);

export type JobHandler = (ctx: ServiceContext, job: Job, now: Date, batch: JobBatch) => Promise<JobOutcome>;

export interface PassResult {
  claimed: number;
  done: number;
  cancelled: number;
  postponed: number;
  retried: number;
  failed: number;
  /** Outcomes refused because another replica had taken the job over (the claim's token was stale). */
  stale: number;
}

export interface WorkerOptions {
  handlers?: Record<string, JobHandler>;
  batchSize?: number;
  leaseMs?: number;
  /** A bound on one pass, so a huge backlog is worked through over several ticks. */
  maxBatches?: number;
  log?: LogFn;
}

const DEFAULT_HANDLERS: Record<string, JobHandler> = {
  [ADMIN_ALERT]: runAdminAlert,
  [ADMIN_NOTICE]: runAdminNotice,
  ...PULSE_HANDLERS,
  [BULK_PAIRING_JOB]: (ctx, job, now) => runBulkPairingJob(ctx, job.payload, now),
  [BULK_CHECK_JOB]: (ctx, job) => runBulkCheckWatch(ctx, job.payload),
};

type Settled =
  | { job: Job; kind: 'done' | 'cancelled'; replan?: number }
  | { job: Job; kind: 'postponed'; until: Date }
  | { job: Job; kind: 'failed'; error: unknown };

/** Teams whose token Slack refused during this pass: their jobs wait without calling Slack again. */
type PausedTeams = Set<string>;

export function emptyPassResult(): PassResult {
  return { claimed: 0, done: 0, cancelled: 0, postponed: 0, retried: 0, failed: 0, stale: 0 };
}

/**
 * One scheduler pass at `now`: claims due jobs in batches and runs each outside the claiming
 * statement, so Slack calls never hold a database lock. Safe to run on every replica at once: leases
 * come from the database's clock and every outcome is fenced by its claim's token.
 */
export async function runSchedulerPass(ctx: ServiceContext, now: Date, options: WorkerOptions = {}): Promise<PassResult> {
  const result = emptyPassResult();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  result.failed += await housekeeping(ctx, now);
  const paused: PausedTeams = new Set();
  // Until nothing is due: a batch may queue jobs due at once (an admin's notice), sent in this pass too.
  for (let batch = 0; batch < (options.maxBatches ?? 40); batch += 1) {
    const jobs = await claimDueJobs(ctx.db, now, batchSize, options.leaseMs ?? LEASE_MS);
    result.claimed += jobs.length;
    if (jobs.length === 0) break;
    await runBatch(ctx, jobs, now, options, result, paused);
  }
  // After the reminders, so that deleting files from Slack never delays one.
  await eraseExpiredPairs(ctx, now);
  return result;
}

async function runBatch(ctx: ServiceContext, jobs: Job[], now: Date, options: WorkerOptions, result: PassResult, paused: PausedTeams): Promise<void> {
  const log = options.log ?? ctx.log;
  const leases = new LeaseKeeper(ctx.db, jobs, options.leaseMs ?? LEASE_MS, log);
  let settled: Settled[];
  let batch: JobBatch;
  try {
    const pairIds = jobs.flatMap((job) => (job.pairId === null ? [] : [job.pairId]));
    batch = { pairs: await loadPairs(ctx, pairIds, now) };
    // A batch is sent side by side: jobs for different channels need not wait for each other, and
    // the gateway's pacer keeps posts into one channel a second apart.
    settled = await Promise.all(jobs.map((job) => runOne(ctx, job, now, batch, options, paused, log)));
  } finally {
    await leases.stop();
  }
  if (leases.lost.size > 0) log('jobs taken over by another replica after their lease lapsed', { jobs: [...leases.lost] });
  await settle(ctx, settled, now, batch, result, log);
}

function teamOf(job: Job, batch: JobBatch): string {
  return (job.pairId === null ? undefined : batch.pairs.get(job.pairId)?.pair.teamId) ?? noticeTeam(job) ?? '';
}

async function runOne(ctx: ServiceContext, job: Job, now: Date, batch: JobBatch, options: WorkerOptions, paused: PausedTeams, log: LogFn): Promise<Settled> {
  const team = teamOf(job, batch);
  if (paused.has(team)) return { job, kind: 'postponed', until: new Date(now.getTime() + AUTH_PAUSE_MS) };
  const handler = options.handlers?.[job.kind] ?? DEFAULT_HANDLERS[job.kind] ?? runNudgeJob;
  try {
    const outcome = await handler(ctx, job, now, batch);
    if (outcome.outcome === 'postponed') return { job, kind: 'postponed', until: outcome.until };
    return outcome.outcome === 'done' ? { job, kind: 'done', ...(outcome.replan === undefined ? {} : { replan: outcome.replan }) } : { job, kind: 'cancelled' };
  } catch (error) {
    if (error instanceof SlackCallError && error.retryAfterSeconds !== undefined) {
      // Rate limited: wait as long as Slack asked, without spending an attempt.
      return { job, kind: 'postponed', until: new Date(now.getTime() + error.retryAfterSeconds * 1000) };
    }
    if (error instanceof SlackCallError && AUTH_ERRORS.has(error.slackError)) {
      // The token, not the job: the workspace's pass pauses and its jobs stay pending, none failed.
      if (!paused.has(team)) log('workspace token refused, its jobs wait', { teamId: team, error: error.slackError, minutes: AUTH_PAUSE_MS / 60_000 });
      paused.add(team);
      return { job, kind: 'postponed', until: new Date(now.getTime() + AUTH_PAUSE_MS) };
    }
    return { job, kind: 'failed', error };
  }
}

/** Writes a batch's outcomes: the sends and cancellations in one statement, then the replans in one transaction. */
async function settle(ctx: ServiceContext, settled: readonly Settled[], now: Date, batch: JobBatch, result: PassResult, log: LogFn): Promise<void> {
  const finals = settled.filter((one): one is Extract<Settled, { kind: 'done' | 'cancelled' }> => one.kind === 'done' || one.kind === 'cancelled');
  const recorded = await completeJobs(ctx.db, finals.map((one) => ({ id: one.job.id, claimToken: one.job.claimToken, state: one.kind })), now);
  const replans: number[] = [];
  for (const one of finals) {
    if (!recorded.has(one.job.id)) {
      result.stale += 1;
      continue;
    }
    result[one.kind] += 1;
    if (one.kind === 'done' && one.replan !== undefined) replans.push(one.replan);
  }
  // Never back within this pass (which claims until nothing is due at `now`).
  const notBefore = now.getTime() + 1_000;
  const later = settled.flatMap((one) =>
    one.kind === 'postponed' ? [{ id: one.job.id, claimToken: one.job.claimToken, until: new Date(Math.max(one.until.getTime(), notBefore)) }] : [],
  );
  const postponed = await postponeJobs(ctx.db, later);
  result.postponed += postponed;
  result.stale += later.length - postponed;
  for (const one of settled) if (one.kind === 'failed') await recordFailure(ctx, one.job, now, one.error, batch, result, log);
  await replanAfterSends(ctx, replans, now).catch((error: unknown) =>
    log('could not replan nudges', { pairs: replans.length, error: error instanceof Error ? error.message : String(error) }),
  );
}

async function recordFailure(ctx: ServiceContext, job: Job, now: Date, error: unknown, batch: JobBatch, result: PassResult, log: LogFn) {
  const code = error instanceof SlackCallError ? error.slackError : error instanceof Error ? error.name : 'error';
  const permanent = error instanceof SlackCallError && error.verdict.permanent;
  const wait = BACKOFF_MINUTES[job.attempts - 1];
  const retryAt = permanent || job.attempts >= job.maxAttempts || wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
  if (!(await failJobAttempt(ctx.db, job, code, retryAt, now))) {
    result.stale += 1;
    return;
  }
  if (retryAt === null) result.failed += 1;
  else result.retried += 1;
  log('job failed', { jobId: job.id, kind: job.kind, attempt: job.attempts, error: code, willRetry: retryAt !== null });
  // The pair's channel itself is out of reach (the failing call was to that channel, not an admin's
  // DM): the pair's other jobs would fail the same way, so they stop here.
  const channel = job.pairId === null ? undefined : batch.pairs.get(job.pairId)?.pair.channelId;
  if (permanent && job.pairId !== null && channel != null && error.channel === channel) {
    await noteDeliveryProblem(ctx, job.pairId, error.verdict.channelProblem, now).catch((failure: unknown) =>
      log('could not set a pair aside', { pairId: job.pairId, error: failure instanceof Error ? failure.message : String(failure) }),
    );
  }
}
