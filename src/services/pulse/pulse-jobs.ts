import { isFitAnswer } from '../../domain/pulse/answers.js';
import { FIT_ALERT_JOB, FIT_CHECK_JOB, isTipStageName, MENTOR_TIP_JOB, PULSE_CHECKIN_JOB, SESSION_RATING_JOB } from '../../domain/pulse/pulse-plan.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import { findFitAnswer } from '../../storage/pulse/fit-check.repository.js';
import { findCheckin } from '../../storage/pulse/pulse-checkin.repository.js';
import { findRatedLog, findSessionRating } from '../../storage/pulse/session-rating.repository.js';
import type { ServiceContext } from '../context.js';
import { sendFitAlert } from './fit-alert-send.js';
import { membersOf } from '../pairs/members.js';
import { mayHearAboutPair } from '../admin/admin-recipients.js';
import type { PulseUserMessage } from './pulse-messages.js';

export const PULSE_JOB_KINDS = [FIT_CHECK_JOB, PULSE_CHECKIN_JOB, MENTOR_TIP_JOB, SESSION_RATING_JOB, FIT_ALERT_JOB] as const;

/** A claimed job as this service needs it (an admin's alert names its pair in the payload). */
export interface PulseJob {
  kind: string;
  pairId: number | null;
  payload: Record<string, unknown>;
}

type Outcome = { outcome: 'done' } | { outcome: 'cancelled' };

/**
 * Sends one private question, tip or alert by direct message, after checking it still has a reason:
 * the pair is open and not paused, the member has not answered meanwhile, the stage is still the tip's.
 */
export async function runPulseJob(ctx: ServiceContext, job: PulseJob, now: Date): Promise<Outcome> {
  // PULSE_CHECKS turned off after these were planned: nothing more is asked.
  if (ctx.pulse !== true) return { outcome: 'cancelled' };
  const userId = job.payload.userId;
  const pair = job.pairId === null ? undefined : await findPairById(ctx.db, job.pairId);
  if (typeof userId !== 'string' || !pair || pair.channelId === null || pair.stage === 'closed') return { outcome: 'cancelled' };
  // A paused pair is asked nothing; the admins still hear that a member said it is not a good fit.
  if (pair.pausedAt !== null && job.kind !== FIT_ALERT_JOB) return { outcome: 'cancelled' };
  // A member's private answer goes only to someone who is a programme admin now (read fresh: a
  // demotion counts at once) and is not one of the pair's members.
  if (job.kind === FIT_ALERT_JOB && !(await mayHearAboutPair(ctx, pair, userId))) return { outcome: 'cancelled' };
  const message = await messageFor(ctx, job, { id: pair.id, channelId: pair.channelId, stage: pair.stage }, userId);
  if (message === undefined) return { outcome: 'cancelled' };
  const locale = (await membersOf(ctx, pair.teamId, [userId], now)).get(userId)?.locale ?? pair.locale;
  // The alert quotes the member's comment: sent so that erasing the pair reaches every copy.
  if (message.kind === 'fitAlert') await sendFitAlert(ctx, { pairId: pair.id, teamId: pair.teamId }, userId, message, locale);
  else await ctx.slack.notifyUser(userId, message, locale);
  return { outcome: 'done' };
}

async function messageFor(
  ctx: ServiceContext,
  job: PulseJob,
  pair: { id: number; channelId: string; stage: string },
  userId: string,
): Promise<PulseUserMessage | undefined> {
  const { channelId } = pair;
  switch (job.kind) {
    case FIT_CHECK_JOB:
      return (await findFitAnswer(ctx.db, pair.id, userId)) ? undefined : { kind: 'fitCheck', pairId: pair.id, channelId };
    case PULSE_CHECKIN_JOB:
      return (await findCheckin(ctx.db, pair.id, userId)) ? undefined : { kind: 'pulseCheckin', pairId: pair.id, channelId };
    case MENTOR_TIP_JOB: {
      const stage = job.payload.stage;
      return isTipStageName(stage) && stage === pair.stage ? { kind: 'mentorTip', stage, channelId } : undefined;
    }
    case SESSION_RATING_JOB: {
      const logId = job.payload.logId;
      const log = typeof logId === 'number' ? await findRatedLog(ctx.db, logId) : undefined;
      if (!log || log.pairId !== pair.id) return undefined;
      return { kind: 'sessionRating', logId: log.logId, channelId, rating: (await findSessionRating(ctx.db, log.logId, userId)) ?? null };
    }
    case FIT_ALERT_JOB: {
      const memberId = job.payload.memberId;
      // Read at send time: the comment is stored sealed and never copied into the job.
      const answer = typeof memberId === 'string' ? await findFitAnswer(ctx.db, pair.id, memberId) : undefined;
      if (!answer || !isFitAnswer(answer.answer)) return undefined;
      return { kind: 'fitAlert', pairId: pair.id, channelId, memberId: answer.userId, answer: answer.answer, comment: answer.comment };
    }
    default:
      return undefined;
  }
}
