import { CoachError } from '../../domain/errors.js';
import { DAY_MS } from '../../domain/scheduling/nudge-plan.js';
import { nextWorkingTime } from '../../domain/scheduling/working-hours.js';
import { markActionItemDone } from '../../storage/nurture/action-item.repository.js';
import { addJob, findJob } from '../../storage/scheduling/job.repository.js';
import { clearDeliveryProblem } from '../../storage/scheduling/delivery.repository.js';
import { setPaused, touchActivity } from '../../storage/pairs/pair.repository.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { SNOOZED, pairZones, replanQuietly } from './nudges.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';

const SNOOZE_DAYS = 7;

export interface NudgeButton {
  teamId: string;
  userId: string;
  jobId: number;
}

async function nudgeOfMember(ctx: ServiceContext, request: NudgeButton) {
  const job = await findJob(ctx.db, request.jobId);
  if (!job || job.pairId === null) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: job.pairId });
  return { job, pair };
}

/** "Snooze a week": the same reminder again in seven days, at a working hour; pressing twice snoozes once. */
export async function snoozeNudge(ctx: ServiceContext, request: NudgeButton): Promise<{ until: Date }> {
  const { job, pair } = await nudgeOfMember(ctx, request);
  const zones = await pairZones(ctx, pair);
  const until = nextWorkingTime(new Date(ctx.clock().getTime() + SNOOZE_DAYS * DAY_MS), [zones.mentee, zones.mentor]);
  const kind = job.kind === SNOOZED ? job.payload.kind : job.kind;
  await addJob(ctx.db, pair.id, {
    kind: SNOOZED,
    dedupeKey: `${job.dedupeKey}:snoozed-by-job:${job.id}`,
    runAt: until,
    payload: { ...job.payload, kind: String(kind) },
  });
  await answered(ctx, pair);
  return { until };
}

/** "Done": the reminder is answered; an action item's reminder also marks the item done. */
export async function dismissNudge(ctx: ServiceContext, request: NudgeButton): Promise<void> {
  const { job, pair } = await nudgeOfMember(ctx, request);
  const itemId = job.payload.item;
  if (typeof itemId === 'number') await markActionItemDone(ctx.db, itemId, request.userId, ctx.clock());
  await answered(ctx, pair);
}

/** "Keep going" on the open question: the pair is active again and the usual nudges resume. */
export async function keepGoing(ctx: ServiceContext, request: { teamId: string; userId: string; pairId: number }): Promise<void> {
  const pair = await resolveMemberPair(ctx, request);
  await answered(ctx, pair);
  await ctx.slack.postToPair(pairRef(pair), { kind: 'notice', notice: 'keptGoing', userId: request.userId });
}

export async function pausePair(ctx: ServiceContext, request: ChannelRequest): Promise<void> {
  const pair = await resolveMemberPair(ctx, request);
  if (!(await setPaused(ctx.db, pair.id, request.userId, ctx.clock()))) throw new CoachError('already_paused');
  await replanQuietly(ctx, pair);
  await ctx.slack.postToPair(pairRef(pair), { kind: 'notice', notice: 'paused', userId: request.userId });
}

export async function resumePair(ctx: ServiceContext, request: ChannelRequest): Promise<void> {
  const pair = await resolveMemberPair(ctx, request);
  // Resuming also clears a channel problem the scheduler ran into: the member is here, so the channel works.
  const cleared = await clearDeliveryProblem(ctx.db, pair.id);
  if (!(await setPaused(ctx.db, pair.id, null, ctx.clock())) && !cleared) throw new CoachError('not_paused');
  await replanQuietly(ctx, pair);
  await ctx.slack.postToPair(pairRef(pair), { kind: 'notice', notice: 'resumed', userId: request.userId });
}

/** The pause button on the open question, which carries a pair id rather than a channel. */
export async function pausePairById(ctx: ServiceContext, request: { teamId: string; userId: string; pairId: number }): Promise<void> {
  const pair = await resolveMemberPair(ctx, request);
  await pausePair(ctx, { teamId: request.teamId, channelId: pair.channelId, userId: request.userId });
}

async function answered(ctx: ServiceContext, pair: ActivePair): Promise<void> {
  await touchActivity(ctx.db, pair.id, ctx.clock());
  await replanQuietly(ctx, pair);
}
