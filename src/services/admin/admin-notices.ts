import type { Job } from '../../domain/scheduling/job.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { addJobs } from '../../storage/scheduling/job.repository.js';
import type { ServiceContext } from '../context.js';
import { membersOf } from '../pairs/members.js';
import type { UserMessage } from '../slack-port.js';

/**
 * A direct message to a programme admin about a pair is a job of its own: its own dedupe key, its
 * own retries and failure. A 429 or an unknown admin id then touches that message only, never the
 * pair's own post or the pair's standing (its job has no pair).
 */
export const ADMIN_NOTICE = 'admin_notice';

/** The programme admins (ADMIN_USER_IDS), else the admin who opened the pair. */
export function pairAdmins(ctx: ServiceContext, pair: Pick<Pair, 'createdBy'>): readonly string[] {
  return ctx.adminUserIds.length > 0 ? ctx.adminUserIds : [pair.createdBy];
}

/** Queues one notice per admin; `origin` names the event, so queuing it twice queues once. */
export async function queueAdminNotices(ctx: ServiceContext, pair: Pair, origin: string, message: UserMessage, now: Date): Promise<void> {
  await addJobs(
    ctx.db,
    null,
    pairAdmins(ctx, pair).map((admin) => ({
      kind: ADMIN_NOTICE,
      dedupeKey: `${ADMIN_NOTICE}:${origin}:${admin}`,
      runAt: now,
      payload: { teamId: pair.teamId, userId: admin, message },
    })),
  );
}

export function noticeTeam(job: Job): string | undefined {
  return typeof job.payload.teamId === 'string' ? job.payload.teamId : undefined;
}

/** Sends one queued notice, in the admin's language as stored. */
export async function runAdminNotice(ctx: ServiceContext, job: Job, now: Date): Promise<{ outcome: 'done' } | { outcome: 'cancelled' }> {
  const { userId, message } = job.payload as { userId?: unknown; message?: UserMessage };
  const teamId = noticeTeam(job);
  if (typeof userId !== 'string' || teamId === undefined || typeof message?.kind !== 'string') return { outcome: 'cancelled' };
  const admin = (await membersOf(ctx, teamId, [userId], now)).get(userId);
  await ctx.slack.notifyUser(userId, message, admin?.locale ?? 'en');
  return { outcome: 'done' };
}
