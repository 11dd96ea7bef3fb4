import type { LogFn } from '../logger.js';
import { type JobOutcome, runNudgeJob } from '../services/nudges.js';
import type { ServiceContext } from '../services/context.js';
import { noteDeliveryProblem } from '../services/delivery.js';
import { eraseExpiredPairs } from '../services/retention.js';
import { isPermanentSlackError } from '../domain/slack-errors.js';
import { SlackCallError } from '../services/slack-port.js';
import { claimDueJobs, completeJob, failAbandonedJobs, failJobAttempt, postponeJob } from '../storage/job.repository.js';
import { pruneDeliveries } from '../storage/delivery.repository.js';
import type { JobRow } from '../storage/schema.js';

export const BATCH_SIZE = 25;
export const LEASE_MS = 5 * 60_000;
/** Minutes to wait before attempt 2, 3, 4, 5. */
const BACKOFF_MINUTES = [1, 5, 15, 60];

export type JobHandler = (ctx: ServiceContext, job: JobRow, now: Date) => Promise<JobOutcome>;

export interface PassResult {
  claimed: number;
  done: number;
  cancelled: number;
  postponed: number;
  retried: number;
  failed: number;
}

export interface WorkerOptions {
  handlers?: Record<string, JobHandler>;
  batchSize?: number;
  leaseMs?: number;
  /** A bound on one pass, so a huge backlog is worked through over several ticks. */
  maxBatches?: number;
  log?: LogFn;
}

const defaultHandler: JobHandler = runNudgeJob;

/**
 * One scheduler pass at `now`: claims due jobs in small batches and runs each outside the claiming
 * statement, so Slack calls never hold a database lock. Safe to run on every replica at once.
 */
export async function runSchedulerPass(ctx: ServiceContext, now: Date, options: WorkerOptions = {}): Promise<PassResult> {
  const result: PassResult = { claimed: 0, done: 0, cancelled: 0, postponed: 0, retried: 0, failed: 0 };
  const batchSize = options.batchSize ?? BATCH_SIZE;
  result.failed += await failAbandonedJobs(ctx.db, now);
  await pruneDeliveries(ctx.db);
  for (let batch = 0; batch < (options.maxBatches ?? 40); batch += 1) {
    const jobs = await claimDueJobs(ctx.db, now, batchSize, options.leaseMs ?? LEASE_MS);
    result.claimed += jobs.length;
    // A batch is sent side by side: jobs for different channels need not wait for each other, and
    // the gateway's pacer keeps posts into one channel a second apart.
    await Promise.all(jobs.map((job) => runOne(ctx, job, now, options, result)));
    if (jobs.length < batchSize) break;
  }
  // After the reminders, so that deleting files from Slack never delays one.
  await eraseExpiredPairs(ctx, now);
  return result;
}

async function runOne(ctx: ServiceContext, job: JobRow, now: Date, options: WorkerOptions, result: PassResult): Promise<void> {
  const handler = options.handlers?.[job.kind] ?? defaultHandler;
  try {
    const outcome = await handler(ctx, job, now);
    if (outcome.outcome === 'postponed') {
      await postponeJob(ctx.db, job.id, outcome.until);
      result.postponed += 1;
      return;
    }
    await completeJob(ctx.db, job.id, now, outcome.outcome);
    result[outcome.outcome] += 1;
    if (outcome.outcome === 'done') await outcome.after?.();
  } catch (error) {
    await recordFailure(ctx, job, now, error, result, options.log ?? ctx.log);
  }
}

async function recordFailure(ctx: ServiceContext, job: JobRow, now: Date, error: unknown, result: PassResult, log: LogFn) {
  const code = error instanceof SlackCallError ? error.slackError : error instanceof Error ? error.name : 'error';
  if (error instanceof SlackCallError && error.retryAfterSeconds !== undefined) {
    // Rate limited: wait as long as Slack asked, without spending an attempt.
    await postponeJob(ctx.db, job.id, new Date(now.getTime() + error.retryAfterSeconds * 1000));
    result.postponed += 1;
    return;
  }
  const permanent = error instanceof SlackCallError && isPermanentSlackError(error.slackError);
  const wait = BACKOFF_MINUTES[job.attempts - 1];
  const retryAt = permanent || job.attempts >= job.max_attempts || wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
  await failJobAttempt(ctx.db, job.id, code, retryAt, now);
  if (retryAt === null) result.failed += 1;
  else result.retried += 1;
  log('job failed', { jobId: job.id, kind: job.kind, attempt: job.attempts, error: code, willRetry: retryAt !== null });
  // The channel itself is out of reach: the pair's other jobs would fail the same way, so they stop here.
  if (permanent && job.pair_id !== null) {
    await noteDeliveryProblem(ctx, job.pair_id, code, now).catch((failure: unknown) =>
      log('could not set a pair aside', { pairId: job.pair_id, error: failure instanceof Error ? failure.message : String(failure) }),
    );
  }
}
