import type { Job } from '../../domain/scheduling/job.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { FIT_ALERT_JOB } from '../../domain/pulse/pulse-plan.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import { addJob, addJobs } from '../../storage/scheduling/job.repository.js';
import type { ServiceContext } from '../context.js';
import { mayHearAboutPair, pairAdminRecipients } from './admin-recipients.js';
import { membersOf } from '../pairs/members.js';
import type { UserMessage } from '../slack-port.js';

/**
 * A direct message to a programme admin about a pair is a job of its own: its own dedupe key, its
 * own retries and failure. A 429 or an unknown admin id then touches that message only, never the
 * pair's own post or the pair's standing (its job has no pair).
 */
export const ADMIN_NOTICE = 'admin_notice';

/**
 * One job per event that the programme admins hear about (a "not a good fit", a pair not answering,
 * posts not reaching its channel). Its recipients are chosen when it runs, not when the event
 * happens: a user group Slack cannot read at that moment fails this job, which the scheduler retries
 * (backoff, or Retry-After), instead of leaving the group out for good.
 */
export const ADMIN_ALERT = 'admin_alert';

/** What the event job tells: a member's fit answer (read when each alert is sent), or a notice. */
type AdminEvent = { event: 'fit'; memberId: string } | { event: 'notice'; origin: string; message: UserMessage };

/** Queues the admins' notice of an event once (`origin` names the event). */
export async function queueAdminNotices(ctx: ServiceContext, pair: Pair, origin: string, message: UserMessage, now: Date): Promise<void> {
  await queueAdminEvent(ctx, pair, { event: 'notice', origin, message }, now);
}

/** Queues the admins' alerts of a member's "not a good fit", once per pair and member. */
export async function queueFitAlerts(ctx: ServiceContext, pair: { id: number; teamId: string }, memberId: string, now: Date): Promise<void> {
  await queueAdminEvent(ctx, pair, { event: 'fit', memberId }, now);
}

async function queueAdminEvent(ctx: ServiceContext, pair: { id: number; teamId: string }, event: AdminEvent, now: Date): Promise<void> {
  const key = event.event === 'fit' ? `${FIT_ALERT_JOB}:${pair.id}:${event.memberId}` : event.origin;
  // Not tied to the pair's reminders: pausing the pair, or setting it aside, must not cancel it.
  await addJob(ctx.db, null, { kind: ADMIN_ALERT, dedupeKey: `${ADMIN_ALERT}:${key}`, runAt: now, payload: { teamId: pair.teamId, pairId: pair.id, ...event } });
}

/**
 * Runs an event job: reads who may hear about the pair now (admin-recipients.ts; a group read that
 * fails throws) and queues one job per admin under its own key, so a retry queues nobody twice and
 * the admins' messages are sent in this same pass.
 */
export async function runAdminAlert(ctx: ServiceContext, job: Job, now: Date): Promise<{ outcome: 'done' } | { outcome: 'cancelled' }> {
  const { pairId, event, memberId, origin, message } = job.payload as Partial<{ pairId: number; event: string; memberId: string; origin: string; message: UserMessage }>;
  const pair = typeof pairId === 'number' ? await findPairById(ctx.db, pairId) : undefined;
  // A pair erased meanwhile has nothing left to tell anyone about.
  if (pair === undefined) return { outcome: 'cancelled' };
  const payload = { teamId: pair.teamId, pairId: pair.id };
  if (event === 'fit' && typeof memberId === 'string') {
    const admins = await pairAdminRecipients(ctx, pair);
    await addJobs(ctx.db, null, admins.map((admin) => ({ kind: FIT_ALERT_JOB, dedupeKey: `${FIT_ALERT_JOB}:${pair.id}:${memberId}:${admin}`, runAt: now, payload: { ...payload, memberId, userId: admin } })));
    return { outcome: 'done' };
  }
  if (event === 'notice' && typeof origin === 'string' && typeof message?.kind === 'string') {
    const admins = await pairAdminRecipients(ctx, pair);
    await addJobs(ctx.db, null, admins.map((admin) => ({ kind: ADMIN_NOTICE, dedupeKey: `${ADMIN_NOTICE}:${origin}:${admin}`, runAt: now, payload: { ...payload, userId: admin, message } })));
    return { outcome: 'done' };
  }
  return { outcome: 'cancelled' };
}

export function noticeTeam(job: Job): string | undefined {
  return typeof job.payload.teamId === 'string' ? job.payload.teamId : undefined;
}

/**
 * Sends one queued notice, in the admin's language as stored, to someone who is a programme admin
 * now and not one of the pair's members (a notice queued before its pair was named: admin only).
 */
export async function runAdminNotice(ctx: ServiceContext, job: Job, now: Date): Promise<{ outcome: 'done' } | { outcome: 'cancelled' }> {
  const { userId, message, pairId } = job.payload as { userId?: unknown; message?: UserMessage; pairId?: unknown };
  const teamId = noticeTeam(job);
  if (typeof userId !== 'string' || teamId === undefined || typeof message?.kind !== 'string') return { outcome: 'cancelled' };
  const pair = typeof pairId === 'number' ? await findPairById(ctx.db, pairId) : { mentorId: '', menteeId: '' };
  // A pair erased meanwhile has nothing left to tell anyone about.
  if (pair === undefined || !(await mayHearAboutPair(ctx, pair, userId))) return { outcome: 'cancelled' };
  const admin = (await membersOf(ctx, teamId, [userId], now)).get(userId);
  await ctx.slack.notifyUser(userId, message, admin?.locale ?? 'en');
  return { outcome: 'done' };
}
