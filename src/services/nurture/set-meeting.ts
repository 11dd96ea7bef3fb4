import { DateTime } from 'luxon';
import { DEFAULT_MEETING_HOUR } from '../../domain/nurture/next-meeting.js';
import { type NamedNextMeeting, parseMeetingWords } from '../../domain/nurture/next-meeting-line.js';
import { localDate } from '../../domain/nurture/meeting-log.js';
import { CoachError } from '../../domain/errors.js';
import { findAgreement } from '../../storage/engage/agreement.repository.js';
import { upsertSetMeeting } from '../../storage/nurture/set-meeting.repository.js';
import { meetingPlanFacts } from '../../storage/nurture/agenda.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';

/** A meeting a member set: when, and whether it is the pair's first (no meeting logged yet). */
export interface SetMeetingOutcome {
  pairId: number;
  at: Date;
  first: boolean;
}

async function zoneOf(ctx: ServiceContext, userId: string): Promise<string> {
  return (await ctx.slack.lookupUser(userId).catch(() => undefined))?.tz ?? ctx.defaultTimezone;
}

/**
 * `/mentor meet friday 14:00` (or `/mentor meet vendredi 14h`): the same words as `next meeting:`
 * in `/mentor-log`, read in the member's zone; a day alone is at the agreed time, else 09:00.
 * Works at any stage, without a log. Only a member, in the pair's channel; words read after that.
 */
export async function meetFromCommand(ctx: ServiceContext, request: ChannelRequest & { words: readonly string[] }): Promise<SetMeetingOutcome> {
  const pair = await resolveMemberPair(ctx, request);
  const zone = await zoneOf(ctx, request.userId);
  const now = ctx.clock();
  const named = parseMeetingWords(request.words, { now, zone, today: localDate(now, zone) });
  return setMeeting(ctx, pair, request.userId, await instantOf(ctx, pair.id, named, zone, now));
}

/**
 * The first-meeting picker: Slack's datetimepicker shows the member's own zone and sends the
 * chosen instant as a UTC epoch, so the instant is taken as it is. A moment already past is refused.
 */
export async function meetFromPicker(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number; epochSeconds: number },
): Promise<SetMeetingOutcome> {
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: request.pairId });
  if (!Number.isSafeInteger(request.epochSeconds)) throw new CoachError('date_invalid');
  const at = new Date(request.epochSeconds * 1000);
  if (Number.isNaN(at.getTime())) throw new CoachError('date_invalid');
  if (at.getTime() <= ctx.clock().getTime()) throw new CoachError('date_in_past');
  return setMeeting(ctx, pair, request.userId, at);
}

/** A `/mentor-log` holding only `next meeting:` sets the meeting; nothing is logged. */
export async function meetFromLogLine(ctx: ServiceContext, pair: ActivePair, userId: string, named: NamedNextMeeting): Promise<SetMeetingOutcome> {
  const zone = await zoneOf(ctx, userId);
  return setMeeting(ctx, pair, userId, await instantOf(ctx, pair.id, named, zone, ctx.clock()));
}

/** A day without a time: at the agreement's preferred time, else 09:00, in the member's zone. */
async function instantOf(ctx: ServiceContext, pairId: number, named: NamedNextMeeting, zone: string, now: Date): Promise<Date> {
  if (named.at) return named.at;
  const agreed = (await findAgreement(ctx.db, pairId))?.preferredTime ?? null;
  const [hour, minute] = agreed === null ? [DEFAULT_MEETING_HOUR, 0] : agreed.split(':').map(Number);
  const at = DateTime.fromISO(named.on, { zone }).set({ hour: hour ?? DEFAULT_MEETING_HOUR, minute: minute ?? 0, second: 0, millisecond: 0 });
  if (!at.isValid) throw new CoachError('date_invalid');
  if (at.toMillis() <= now.getTime()) throw new CoachError('date_in_past');
  return at.toJSDate();
}

/** Stores the meeting, tells the channel (with "Add to calendar"), and plans its agenda. */
async function setMeeting(ctx: ServiceContext, pair: ActivePair, userId: string, at: Date): Promise<SetMeetingOutcome> {
  const now = ctx.clock();
  await inTransaction(ctx.db, async (trx) => {
    await upsertSetMeeting(trx, { pairId: pair.id, meetingAt: at, setBy: userId, setAt: now });
    await touchActivity(trx, pair.id, now);
  }, { pairId: pair.id });
  const first = (await meetingPlanFacts(ctx.db, pair.id)).count === 0;
  await ctx.slack
    .postToPair(pairRef(pair), { kind: 'meetingSet', userId, at, first })
    .catch((error: unknown) => ctx.log('could not post the meeting line', { pairId: pair.id, error: String(error) }));
  await replanQuietly(ctx, pair.id);
  return { pairId: pair.id, at, first };
}
