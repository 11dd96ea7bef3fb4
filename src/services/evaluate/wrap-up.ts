import { CoachError } from '../../domain/errors.js';
import { checkLastMeetingDay, lastMeetingInstant, plannedDay } from '../../domain/evaluate/last-meeting.js';
import { findAgreement } from '../../storage/engage/agreement.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { claimReminder, listReflections, openWrapUp, setLastMeeting } from '../../storage/evaluate/wrap-up.repository.js';
import { pairNextMeeting } from '../nurture/agenda.js';
import { enterStage, type StageChange } from '../pairs/change-stage.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { todayOf } from '../pairs/zone.js';
import { pairZones, replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { postSummaryOnce } from './wrap-up-summary.js';

export type WrapUpResult =
  | { kind: 'entered'; change: StageChange; lastMeetingDefault: string }
  | { kind: 'alreadyEvaluating'; pair: ActivePair; lastMeetingDefault: string }
  /** A reflection is missing: the members named were reminded; a later confirm goes ahead. */
  | { kind: 'reminded'; pair: ActivePair; missingIds: string[] }
  | { kind: 'summaryPosted'; pair: ActivePair }
  | { kind: 'summaryAlready'; pair: ActivePair };

/**
 * `/wrap-up`: the pair enters evaluate and its wrap-up starts. The answer carries the last meeting's
 * date picker, starting on the next planned meeting's day.
 */
export async function startWrapUp(ctx: ServiceContext, request: ChannelRequest): Promise<WrapUpResult> {
  const pair = await resolveMemberPair(ctx, request);
  if (pair.stage === 'evaluate') {
    await openWrapUp(ctx.db, { pairId: pair.id, by: request.userId, at: ctx.clock() });
    return { kind: 'alreadyEvaluating', pair, lastMeetingDefault: await lastMeetingDefault(ctx, pair) };
  }
  const change = await enterStage(ctx, pair, 'evaluate', request.userId);
  await openWrapUp(ctx.db, { pairId: pair.id, by: request.userId, at: ctx.clock() });
  return { kind: 'entered', change, lastMeetingDefault: await lastMeetingDefault(ctx, change.pair) };
}

/** The day the date picker starts on: the next planned meeting (or the last meeting already set), on the mentee's calendar. */
async function lastMeetingDefault(ctx: ServiceContext, pair: ActivePair): Promise<string> {
  const zones = await pairZones(ctx, pair);
  const meeting = await pairNextMeeting(ctx, pair, zones, ctx.clock());
  return plannedDay(meeting.at, zones.mentee);
}

/**
 * `/wrap-up confirm` or the "Celebrate and decide" button. Before evaluate it starts the wrap-up. With
 * the other member's reflection missing, the first confirm reminds them; a later one goes ahead.
 */
export async function confirmWrapUp(ctx: ServiceContext, request: ChannelRequest): Promise<WrapUpResult> {
  const pair = await resolveMemberPair(ctx, request);
  if (pair.stage !== 'evaluate') return startWrapUp(ctx, request);
  const wrapUp = await openWrapUp(ctx.db, { pairId: pair.id, by: request.userId, at: ctx.clock() });
  if (wrapUp.summaryAt !== null) return { kind: 'summaryAlready', pair };
  const written = new Set((await listReflections(ctx.db, wrapUp.id)).map((r) => r.userId));
  // The caller going ahead without their own reflection has chosen to: only the other member is reminded.
  const missingIds = [pair.mentorId, pair.menteeId].filter((id) => id !== request.userId && !written.has(id));
  if (missingIds.length > 0 && wrapUp.remindedAt === null && (await claimReminder(ctx.db, wrapUp.id, request.userId, ctx.clock()))) {
    await ctx.slack.postToPair(pairRef(pair), { kind: 'reflectionReminder', userId: request.userId, missingIds });
    return { kind: 'reminded', pair, missingIds };
  }
  const posted = await postSummaryOnce(ctx, pair, wrapUp.id);
  return { kind: posted ? 'summaryPosted' : 'summaryAlready', pair };
}

/** The button carries the pair id; the clicker must still be one of its members. */
export async function confirmWrapUpFromButton(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<WrapUpResult> {
  const pair = await resolveMemberPair(ctx, request);
  return confirmWrapUp(ctx, { teamId: request.teamId, channelId: pair.channelId, userId: request.userId });
}

/** "Start wrapping up" on the open question, which carries a pair id. */
export async function startWrapUpFromButton(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<WrapUpResult> {
  const pair = await resolveMemberPair(ctx, request);
  return startWrapUp(ctx, { teamId: request.teamId, channelId: pair.channelId, userId: request.userId });
}

/**
 * A day picked for the last meeting. Read on the mentee's calendar at the planned meeting's time (or
 * the agreement's, else 09:00); the picker's own today bounds it. Replans the two reminders.
 */
export async function chooseLastMeeting(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number; day: string },
): Promise<{ at: Date }> {
  const pair = await resolveMemberPair(ctx, request);
  if (pair.stage !== 'evaluate') throw new CoachError('not_wrapping_up');
  const problem = checkLastMeetingDay(request.day, await todayOf(ctx, request.userId));
  if (problem) throw new CoachError(problem);
  const zones = await pairZones(ctx, pair);
  const [agreement, planned] = await Promise.all([findAgreement(ctx.db, pair.id), pairNextMeeting(ctx, pair, zones, ctx.clock())]);
  const at = lastMeetingInstant(request.day, zones.mentee, { preferredTime: agreement?.preferredTime ?? null, planned: planned.at });
  const now = ctx.clock();
  const saved = await inTransaction(ctx.db, async (trx) => {
    const wrapUp = await openWrapUp(trx, { pairId: pair.id, by: request.userId, at: now });
    const set = await setLastMeeting(trx, wrapUp.id, { on: request.day, at, by: request.userId, setAt: now });
    if (set) await touchActivity(trx, pair.id, now);
    return set;
  });
  if (!saved) throw new CoachError('already_decided');
  await ctx.slack.postToPair(pairRef(pair), { kind: 'lastMeetingSet', userId: request.userId, at });
  await replanQuietly(ctx, pair);
  return { at };
}
