import { PLANNED_NUDGES, type PairFacts, planNudges, type PlannedNudge } from '../../domain/scheduling/nudge-plan.js';
import { nextWorkingTime } from '../../domain/scheduling/working-hours.js';
import { MIN_STEPS } from '../../domain/prepare/goal-plan.js';
import { findActionItem } from '../../storage/nurture/action-item.repository.js';
import type { Db } from '../../storage/db/database.js';
import { cancelPairJobs, syncPairJobs, syncPairsJobs } from '../../storage/scheduling/job.repository.js';
import type { StoredMember } from '../../storage/pairs/member.repository.js';
import { type PairWithFacts, readPairsWithFacts } from '../../storage/pairs/pair-facts.repository.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import type { Job } from '../../domain/scheduling/job.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { queueAdminNotices } from '../admin/admin-notices.js';
import { AGENDA_JOB, planAgendaJobs, runAgendaJob } from '../nurture/agenda.js';
import type { ServiceContext } from '../context.js';
import { zoneOr } from '../pairs/zone.js';
import { isStale, membersOf, refreshMembers } from '../pairs/members.js';
import { stepParams } from '../prepare/plan-step-reminders.js';
import { DEFAULT_HORIZON_MONTHS } from '../../domain/scheduling/first-weeks-nudges.js';
import { type ActivePair, pairRef } from '../pairs/pair-access.js';
import { planPulseJobs } from '../pulse/plan-pulse.js';

/** A snoozed nudge is a copy of the original, outside the planner's kinds so replanning leaves it be. */
export const SNOOZED = 'snoozed';
const COUNTED_NUDGES: readonly string[] = [...PLANNED_NUDGES.filter((kind) => kind !== 'no_response'), SNOOZED];

export type JobOutcome =
  /** `replan`: the pair whose nudges are planned again once the send is recorded. */
  | { outcome: 'done'; replan?: number }
  | { outcome: 'cancelled' }
  | { outcome: 'postponed'; until: Date };

/** A pair as the scheduler reads it once per batch: its row, the planner's facts, its members' profiles. */
export interface LoadedPair {
  pair: Pair;
  facts: PairFacts;
  workspaceRevoked: boolean;
  members: { mentor: StoredMember | undefined; mentee: StoredMember | undefined };
}

/** What a batch of claimed jobs shares: their pairs, read in one query. */
export interface JobBatch {
  pairs: ReadonlyMap<number, LoadedPair>;
}

const zonesOf = (ctx: ServiceContext, members: LoadedPair['members']) => ({
  mentee: zoneOr(ctx, members.mentee?.tz),
  mentor: zoneOr(ctx, members.mentor?.tz),
});

function toLoaded(ctx: ServiceContext, read: PairWithFacts): LoadedPair {
  const { pair, facts: row } = read;
  const members = { mentor: read.mentor, mentee: read.mentee };
  const facts: PairFacts = {
    pairId: pair.id,
    stage: pair.stage,
    paused: pair.pausedAt !== null,
    openedAt: pair.createdAt,
    lastActivityAt: pair.lastActivityAt,
    lastLogAt: row.lastLogAt,
    cadenceDays: pair.cadenceDays,
    // Until the goal and a plan of at least two steps are in, a pair still preparing after a week is asked about it.
    goalMissing: (row.goalSteps ?? 0) < MIN_STEPS,
    agreementAt: row.agreedAt,
    plannedEndOn: row.plannedEndOn,
    openItems: row.openItems,
    nudgesSinceActivity: row.delivered,
    zones: zonesOf(ctx, members),
    lastMeeting: row.lastMeetingAt && row.lastMeetingSetAt ? { at: row.lastMeetingAt, setAt: row.lastMeetingSetAt } : null,
    meetingsLogged: row.meetingsLogged,
    openSteps: row.openSteps,
    horizonMonths: ctx.defaultHorizonMonths ?? DEFAULT_HORIZON_MONTHS,
  };
  return { pair, facts, workspaceRevoked: row.workspaceRevoked, members };
}

/** The members' zones: a channel nudge goes out at a working hour for both where one exists, else the mentee's. */
export async function pairZones(ctx: ServiceContext, pair: Pair): Promise<{ mentee: string; mentor: string }> {
  const members = await membersOf(ctx, pair.teamId, [pair.menteeId, pair.mentorId]);
  return zonesOf(ctx, { mentee: members.get(pair.menteeId), mentor: members.get(pair.mentorId) });
}

/**
 * A batch's pairs with their facts, in one query; members whose stored profile is missing or a day
 * old are asked about (users.info) first, which in a steady state is nobody.
 */
export async function loadPairs(ctx: ServiceContext, pairIds: readonly number[], now: Date): Promise<Map<number, LoadedPair>> {
  const read = await readPairsWithFacts(ctx.db, pairIds, COUNTED_NUDGES);
  const staleByTeam = new Map<string, string[]>();
  for (const { pair, mentor, mentee } of read.values()) {
    const stale = [isStale(mentor, now) ? pair.mentorId : null, isStale(mentee, now) ? pair.menteeId : null].filter((id) => id !== null);
    if (stale.length > 0) staleByTeam.set(pair.teamId, [...(staleByTeam.get(pair.teamId) ?? []), ...stale]);
  }
  for (const [teamId, userIds] of staleByTeam) {
    const fresh = await refreshMembers(ctx, teamId, userIds, now);
    for (const one of read.values()) {
      if (one.pair.teamId !== teamId) continue;
      one.mentor = fresh.get(one.pair.mentorId) ?? one.mentor;
      one.mentee = fresh.get(one.pair.menteeId) ?? one.mentee;
    }
  }
  return new Map([...read].map(([id, one]) => [id, toLoaded(ctx, one)]));
}

const plannable = (loaded: LoadedPair | undefined): loaded is LoadedPair =>
  loaded !== undefined &&
  loaded.pair.channelId !== null &&
  loaded.pair.stage !== 'closed' &&
  loaded.pair.pausedAt === null &&
  loaded.pair.deliveryProblemAt === null &&
  !loaded.workspaceRevoked;

/** What replanning needs of a pair the caller has already read (its stage as it is now). */
export type PlanTarget = Pick<Pair, 'id' | 'teamId' | 'channelId' | 'stage' | 'mentorId' | 'menteeId'>;

/**
 * Brings a pair's planned nudges in line with its facts. Called whenever a fact changes; planning
 * twice gives the same jobs, and a nudge whose reason went away is cancelled. The facts are read
 * and the plan written under a lock on the pair, which the scheduler's replanning takes too: a plan
 * never cancels a job made from facts newer than its own. Given a pair's id, its row is read first;
 * given the pair a request already resolved, nothing is read again.
 */
export async function replanPair(ctx: ServiceContext, target: number | PlanTarget): Promise<void> {
  const pair = typeof target === 'number' ? await findPairById(ctx.db, target) : target;
  if (!pair || pair.channelId === null) return;
  const pairId = pair.id;
  // Slack is asked (if at all) before the lock is taken, never while it is held.
  if (pair.stage !== 'closed') await membersOf(ctx, pair.teamId, [pair.mentorId, pair.menteeId]);
  await inTransaction(ctx.db, async (trx) => {
    const read = (await readPairsWithFacts(trx, [pairId], COUNTED_NUDGES, { lock: true })).get(pairId);
    const loaded = read && toLoaded(ctx, read);
    const now = ctx.clock();
    if (!plannable(loaded)) {
      await cancelPairJobs(trx, pairId, now);
      return;
    }
    const plan = planNudges(loaded.facts, now);
    // One sync for every planned kind: the agenda of the next meeting is planned beside the nudges.
    const agendas = await planAgendaJobs({ ...ctx, db: trx as Db }, loaded.pair, loaded.facts.zones, now);
    await syncPairJobs(trx, pairId, [...PLANNED_NUDGES, AGENDA_JOB], [...plan, ...agendas], now);
    // The private fit check, midpoint check-in and mentor tips, planned from the same facts.
    if (ctx.pulse === true) await planPulseJobs(trx, pairId, loaded.facts.zones, now);
  });
}

/** Replanning follows a change that is already stored: a failure is logged, the change stands. */
export async function replanQuietly(ctx: ServiceContext, target: number | PlanTarget): Promise<void> {
  await replanPair(ctx, target).catch((error: unknown) =>
    ctx.log('could not replan nudges', { pairId: typeof target === 'number' ? target : target.id, error: error instanceof Error ? error.message : String(error) }),
  );
}

/**
 * After a batch's sends are recorded: the nudges of those pairs planned again, in one transaction,
 * from facts read afresh under the pairs' locks (so the sends just recorded count, and an action item
 * a member added meanwhile keeps its reminders). The agenda depends on nothing a send changes.
 */
export async function replanAfterSends(ctx: ServiceContext, pairIds: readonly number[], now: Date): Promise<void> {
  if (pairIds.length === 0) return;
  await inTransaction(ctx.db, async (trx) => {
    const read = await readPairsWithFacts(trx, pairIds, COUNTED_NUDGES, { lock: true });
    const pairs = [...read.values()].map((one) => toLoaded(ctx, one)).filter(plannable);
    const desired = pairs.flatMap((loaded) => planNudges(loaded.facts, now).map((job) => ({ ...job, pairId: loaded.pair.id })));
    await syncPairsJobs(trx, pairs.map((loaded) => loaded.pair.id), PLANNED_NUDGES, desired, now);
  });
}

/**
 * Sends one claimed nudge, after checking that it still has a reason to exist and that it is a
 * working hour for the people it addresses. Its pair was read with the batch.
 */
export async function runNudgeJob(ctx: ServiceContext, job: Job, now: Date, batch?: JobBatch): Promise<JobOutcome> {
  const loaded = job.pairId === null ? undefined : (batch?.pairs.get(job.pairId) ?? (await loadPairs(ctx, [job.pairId], now)).get(job.pairId));
  const pair = loaded?.pair;
  if (!loaded || !pair || pair.channelId === null || pair.stage === 'closed' || pair.pausedAt !== null) return { outcome: 'cancelled' };
  if (pair.deliveryProblemAt !== null || loaded.workspaceRevoked) return { outcome: 'cancelled' };
  const facts = loaded.facts;
  if (job.kind === AGENDA_JOB) return runAgendaJob(ctx, job, pair as ActivePair, facts.zones, now);
  const nudge = (job.kind === SNOOZED ? job.payload.kind : job.kind) as PlannedNudge;
  if (job.kind !== SNOOZED && !planNudges(facts, now).some((planned) => planned.dedupeKey === job.dedupeKey)) {
    return { outcome: 'cancelled' };
  }
  const sendAt = nextWorkingTime(now, [facts.zones.mentee, facts.zones.mentor]);
  if (sendAt.getTime() > now.getTime()) return { outcome: 'postponed', until: sendAt };

  const ref = pairRef(pair as ActivePair);
  const params = await nudgeParams(ctx, job, pair);
  await ctx.slack.postToPair(ref, { kind: 'nudge', nudge, jobId: job.id, params });
  if (nudge === 'no_response') {
    await queueAdminNotices(ctx, pair, job.dedupeKey, { kind: 'noResponseAdmins', channelId: ref.channelId }, now);
  }
  // Once this one counts as delivered, the third silent nudge in a row plans the open question.
  return { outcome: 'done', replan: pair.id };
}

async function nudgeParams(ctx: ServiceContext, job: Job, pair: Pair): Promise<Record<string, string | number>> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(job.payload)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  // A plan step's reminder names the step by position: its text and owner are read fresh.
  if (typeof params.step === 'number') Object.assign(params, await stepParams(ctx, pair, params.step));
  // The payload names the action item by id; the text shown is read fresh, as the item may have been edited.
  if (typeof params.item === 'number') {
    params.itemId = params.item;
    const item = await findActionItem(ctx.db, params.item);
    params.item = item?.text ?? '';
    // The reminder calls on whoever carries the item, so the right person sees it first.
    const owners = { mentor: [pair.mentorId], mentee: [pair.menteeId], both: [pair.mentorId, pair.menteeId] };
    if (item?.owner) params.owners = owners[item.owner].map((id) => `<@${id}>`).join(' ');
  }
  return params;
}
