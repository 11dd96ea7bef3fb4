import type { ChannelProblem } from '../../domain/channel-problems.js';
import { withinDeadline } from '../../domain/deadline.js';
import { isDatabaseUnavailable } from '../../domain/errors.js';
import { claimDelivery, claimSubmission, markDeliveryProblem, releaseDelivery } from '../../storage/scheduling/delivery.repository.js';
import { cancelPairJobs } from '../../storage/scheduling/job.repository.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { isWorkspaceRevoked } from '../../storage/admin/workspace.repository.js';
import { queueAdminNotices } from '../admin/admin-notices.js';
import type { ServiceContext } from '../context.js';

/**
 * A scheduled post found the pair's channel out of reach (archived, the bot removed, gone): the pair
 * is marked with why and when, its pending reminders are cancelled instead of failing one by one,
 * and the admins are told once. It stays that way until a member runs `/mentor resume`.
 */
export async function noteDeliveryProblem(ctx: ServiceContext, pairId: number, problem: ChannelProblem | null, now: Date): Promise<boolean> {
  if (problem === null) return false;
  const pair = await findPairById(ctx.db, pairId);
  if (!pair || pair.channelId === null) return false;
  // Only the first failure since the last resume tells anyone: a batch of jobs failing together says it once.
  if (!(await markDeliveryProblem(ctx.db, pair.id, problem, now))) return false;
  await cancelPairJobs(ctx.db, pair.id, now);
  ctx.log('pair channel out of reach, reminders stopped', { pairId: pair.id, problem });
  // As for the no-response question: the programme admins, else the admin who opened the pair, each
  // told by a job of their own.
  const message = { kind: 'deliveryProblemAdmins', channelId: pair.channelId, problem } as const;
  await queueAdminNotices(ctx, pair, `delivery_problem:${pair.id}:${now.toISOString()}`, message, now);
  return true;
}

/** Nothing is planned or sent for a pair whose channel is out of reach, or whose workspace removed the app. */
export async function schedulingStopped(ctx: ServiceContext, pair: Pair): Promise<boolean> {
  return pair.deliveryProblemAt !== null || (await isWorkspaceRevoked(ctx.db, pair.teamId));
}

/** How long a request waits on the database before the person is told to try again: Slack gives up at 3 s. */
export const CLAIM_DEADLINE_MS = 2_000;

export interface ClaimOptions {
  /** Slack has had its answer already (a closed form): a slow database is then simply waited for. */
  answered?: () => boolean;
  /**
   * Takes a claim the deadline gave up on while it is still under way (whether it landed: true when
   * this delivery is the first after all). Unset, a claim that lands late is released instead, so that
   * the person's next try (a new trigger id, carried out on its own) is not taken for a repeat.
   */
  lateClaim?: (landed: Promise<boolean>) => void;
}

/**
 * True the first time Slack delivers this request (a trigger id, a view id), false for a repeat;
 * a DatabaseUnavailableError when the database does not answer within CLAIM_DEADLINE_MS, unless
 * `answered()` says Slack has had its answer already.
 */
export async function firstDelivery(ctx: ServiceContext, key: string, options: ClaimOptions = {}): Promise<boolean> {
  return claimInTime(ctx, key, claimDelivery(ctx.db, key), (first) => first, options);
}

/**
 * As firstDelivery, for a form: whether this submission of the view is the first, the same values
 * again ('repeat'), or other values after the view was claimed ('changed': the first version is the
 * one carried out, and the person must be told so rather than shown a form closed as if saved).
 */
export async function firstSubmission(ctx: ServiceContext, key: string, digest: string, options: ClaimOptions = {}): Promise<SubmissionClaim> {
  return claimInTime(ctx, key, claimSubmission(ctx.db, key, digest), (claim) => claim === 'first', options);
}

export type SubmissionClaim = 'first' | 'repeat' | 'changed';

async function claimInTime<T>(ctx: ServiceContext, key: string, claim: Promise<T>, isFirst: (claim: T) => boolean, options: ClaimOptions): Promise<T> {
  try {
    return await withinDeadline(claim, CLAIM_DEADLINE_MS);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (options.answered?.() === true) return claim;
    const landed = claim.then(isFirst, () => false);
    if (options.lateClaim) options.lateClaim(landed);
    else landed.then((first) => (first ? releaseDelivery(ctx.db, key) : undefined)).catch(() => undefined);
    throw error;
  }
}

/** The work a first delivery started failed before storing anything: the next delivery of `key` is a first one again. */
export async function releaseFirstDelivery(ctx: ServiceContext, key: string): Promise<void> {
  await releaseDelivery(ctx.db, key);
}
