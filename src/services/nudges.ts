import { PLANNED_NUDGES, type PairFacts, planNudges, type PlannedNudge } from '../domain/nudge-plan.js';
import { nextWorkingTime } from '../domain/working-hours.js';
import { MIN_STEPS } from '../domain/goal-plan.js';
import { findActionItem } from '../storage/action-item.repository.js';
import { cancelPairJobs, syncPairJobs } from '../storage/job.repository.js';
import { readPairFacts } from '../storage/pair-facts.repository.js';
import { findPairById } from '../storage/pair.repository.js';
import type { JobRow, PairRow } from '../storage/schema.js';
import { AGENDA_JOB, planAgendaJobs, runAgendaJob } from './agenda.js';
import type { ServiceContext } from './context.js';
import { schedulingStopped } from './delivery.js';
import { type ActivePair, pairRef } from './pair-access.js';

/** A snoozed nudge is a copy of the original, outside the planner's kinds so replanning leaves it be. */
export const SNOOZED = 'snoozed';
const COUNTED_NUDGES: readonly string[] = [...PLANNED_NUDGES.filter((kind) => kind !== 'no_response'), SNOOZED];

export type JobOutcome =
  | { outcome: 'done'; after?: () => Promise<void> }
  | { outcome: 'cancelled' }
  | { outcome: 'postponed'; until: Date };

/** The members' zones: a channel nudge goes out at a working hour for both where one exists, else the mentee's. */
export async function pairZones(ctx: ServiceContext, pair: PairRow): Promise<{ mentee: string; mentor: string }> {
  const zone = async (userId: string) =>
    (await ctx.slack.lookupUser(userId).catch(() => undefined))?.tz ?? ctx.defaultTimezone;
  const [mentee, mentor] = await Promise.all([zone(pair.mentee_id), zone(pair.mentor_id)]);
  return { mentee, mentor };
}

/** The planner's facts about a pair (one database round trip and the members' zones), and whether its workspace removed the app. */
export async function loadPairFacts(ctx: ServiceContext, pair: PairRow): Promise<{ facts: PairFacts; workspaceRevoked: boolean } | undefined> {
  const [row, zones] = await Promise.all([readPairFacts(ctx.db, pair.id, COUNTED_NUDGES), pairZones(ctx, pair)]);
  if (!row) return undefined;
  const facts: PairFacts = {
    pairId: pair.id,
    stage: pair.stage,
    paused: pair.paused_at !== null,
    openedAt: pair.created_at,
    lastActivityAt: pair.last_activity_at,
    lastLogAt: row.lastLogAt,
    cadenceDays: pair.cadence_days,
    // Until the goal and a plan of at least two steps are in, a pair still preparing after a week is asked about it.
    goalMissing: (row.goalSteps ?? 0) < MIN_STEPS,
    agreementAt: row.agreedAt,
    plannedEndOn: row.plannedEndOn,
    openItems: row.openItems,
    nudgesSinceActivity: row.delivered,
    zones,
    lastMeeting: row.lastMeetingAt && row.lastMeetingSetAt ? { at: row.lastMeetingAt, setAt: row.lastMeetingSetAt } : null,
  };
  return { facts, workspaceRevoked: row.workspaceRevoked };
}

/**
 * Brings a pair's planned nudges in line with its facts. Called whenever a fact changes; planning
 * twice gives the same jobs, and a nudge whose reason went away is cancelled.
 */
export async function replanPair(ctx: ServiceContext, pairId: number): Promise<void> {
  const pair = await findPairById(ctx.db, pairId);
  if (!pair || pair.channel_id === null) return;
  const loaded = pair.stage === 'closed' || pair.paused_at !== null || pair.delivery_problem_at !== null ? undefined : await loadPairFacts(ctx, pair);
  if (!loaded || loaded.workspaceRevoked) {
    await cancelPairJobs(ctx.db, pair.id, ctx.clock());
    return;
  }
  const facts = loaded.facts;
  const plan = planNudges(facts, ctx.clock());
  // One sync for every planned kind: the agenda of the next meeting is planned beside the nudges.
  const agendas = await planAgendaJobs(ctx, pair, facts.zones, ctx.clock());
  await syncPairJobs(ctx.db, pair.id, [...PLANNED_NUDGES, AGENDA_JOB], [...plan, ...agendas], ctx.clock());
}

/** Replanning follows a change that is already stored: a failure is logged, the change stands. */
export async function replanQuietly(ctx: ServiceContext, pairId: number): Promise<void> {
  await replanPair(ctx, pairId).catch((error: unknown) =>
    ctx.log('could not replan nudges', { pairId, error: error instanceof Error ? error.message : String(error) }),
  );
}

/**
 * Sends one claimed nudge, after checking that it still has a reason to exist and that it is a
 * working hour for the people it addresses.
 */
export async function runNudgeJob(ctx: ServiceContext, job: JobRow, now: Date): Promise<JobOutcome> {
  const pair = job.pair_id === null ? undefined : await findPairById(ctx.db, job.pair_id);
  if (!pair || pair.channel_id === null || pair.stage === 'closed' || pair.paused_at !== null) return { outcome: 'cancelled' };
  if (job.kind === AGENDA_JOB) {
    if (await schedulingStopped(ctx, pair)) return { outcome: 'cancelled' };
    return runAgendaJob(ctx, job, pair as ActivePair, await pairZones(ctx, pair), now);
  }
  const loaded = pair.delivery_problem_at === null ? await loadPairFacts(ctx, pair) : undefined;
  if (!loaded || loaded.workspaceRevoked) return { outcome: 'cancelled' };
  const facts = loaded.facts;
  const nudge = (job.kind === SNOOZED ? job.payload.kind : job.kind) as PlannedNudge;
  if (job.kind !== SNOOZED && !planNudges(facts, now).some((planned) => planned.dedupeKey === job.dedupe_key)) {
    return { outcome: 'cancelled' };
  }
  const sendAt = nextWorkingTime(now, [facts.zones.mentee, facts.zones.mentor]);
  if (sendAt.getTime() > now.getTime()) return { outcome: 'postponed', until: sendAt };

  const ref = pairRef(pair as ActivePair);
  const params = await nudgeParams(ctx, job, pair);
  await ctx.slack.postToPair(ref, { kind: 'nudge', nudge, jobId: job.id, params });
  if (nudge === 'no_response') {
    const admins = ctx.adminUserIds.length > 0 ? ctx.adminUserIds : [pair.created_by];
    for (const admin of admins) await ctx.slack.notifyUser(admin, { kind: 'noResponseAdmins', channelId: ref.channelId });
  }
  // Once this one counts as delivered, the third silent nudge in a row plans the open question.
  const delivered = COUNTED_NUDGES.includes(job.kind) ? 1 : 0;
  return { outcome: 'done', after: () => replanAfterSend(ctx, pair.id, { ...facts, nudgesSinceActivity: facts.nudgesSinceActivity + delivered }, now) };
}

/**
 * Sending a nudge changes one fact only, the count of unanswered nudges, and nothing the agenda
 * depends on: the nudges are planned again from the facts already in hand, which spares the
 * scheduler a dozen reads per job. A member's change meanwhile replans from fresh facts, and a job
 * planned from stale ones is re-checked when it comes due.
 */
async function replanAfterSend(ctx: ServiceContext, pairId: number, facts: PairFacts, now: Date): Promise<void> {
  await syncPairJobs(ctx.db, pairId, PLANNED_NUDGES, planNudges(facts, now), now).catch((error: unknown) =>
    ctx.log('could not replan nudges', { pairId, error: error instanceof Error ? error.message : String(error) }),
  );
}

async function nudgeParams(ctx: ServiceContext, job: JobRow, pair: PairRow): Promise<Record<string, string | number>> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(job.payload)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  // The payload names the action item by id; the text shown is read fresh, as the item may have been edited.
  if (typeof params.item === 'number') {
    params.itemId = params.item;
    const item = await findActionItem(ctx.db, params.item);
    params.item = item?.text ?? '';
    // The reminder calls on whoever carries the item, so the right person sees it first.
    const owners = { mentor: [pair.mentor_id], mentee: [pair.mentee_id], both: [pair.mentor_id, pair.mentee_id] };
    if (item?.owner) params.owners = owners[item.owner].map((id) => `<@${id}>`).join(' ');
  }
  return params;
}
