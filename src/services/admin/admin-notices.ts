import type { Job } from '../../domain/scheduling/job.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import { addJobs } from '../../storage/scheduling/job.repository.js';
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
 * Queues one notice per admin who may hear about the pair (admin-recipients.ts: the programme admins
 * but the pair's own members); `origin` names the event, so queuing it twice queues once.
 */
export async function queueAdminNotices(ctx: ServiceContext, pair: Pair, origin: string, message: UserMessage, now: Date): Promise<void> {
  await addJobs(
    ctx.db,
    null,
    (await pairAdminRecipients(ctx, pair)).map((admin) => ({
      kind: ADMIN_NOTICE,
      dedupeKey: `${ADMIN_NOTICE}:${origin}:${admin}`,
      runAt: now,
      payload: { teamId: pair.teamId, pairId: pair.id, userId: admin, message },
    })),
  );
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
