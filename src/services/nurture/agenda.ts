import { type Agenda, agendaKey, agendaSendTime, buildAgenda, hasAgendaFor } from '../../domain/nurture/agenda.js';
import { nextMeeting } from '../../domain/nurture/next-meeting.js';
import { listOpenActionItems } from '../../storage/nurture/action-item.repository.js';
import { lastCheckinAt, meetingPlanFacts } from '../../storage/nurture/agenda.repository.js';
import { findAgreement } from '../../storage/engage/agreement.repository.js';
import { listGoalSteps } from '../../storage/prepare/goal.repository.js';
import type { Job, PlannedJob } from '../../domain/scheduling/job.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { findOpenWrapUp } from '../../storage/evaluate/wrap-up.repository.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { zoneOf } from '../pairs/zone.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';

/** The job kind that posts a meeting's agenda; planned with the pair's nudges (src/services/scheduling/nudges.ts). */
export const AGENDA_JOB = 'agenda';
/** More open items than this are not listed on an agenda (the oldest come first). */
const AGENDA_MAX_ITEMS = 25;

export interface PairZones {
  mentee: string;
  mentor: string;
}

/** The pair's next meeting, planned on the mentee's calendar (the zone the meeting is counted in). */
/** What the next meeting depends on in the pair's own row. */
export type MeetingPair = Pick<Pair, 'id' | 'stage' | 'pausedAt' | 'createdAt' | 'mentorId' | 'menteeId'>;

export async function pairNextMeeting(ctx: ServiceContext, pair: MeetingPair, zones: PairZones, now: Date) {
  const [logs, agreement, wrapUp] = await Promise.all([
    meetingPlanFacts(ctx.db, pair.id),
    findAgreement(ctx.db, pair.id),
    // Only a pair wrapping up has a last meeting.
    pair.stage === 'evaluate' ? findOpenWrapUp(ctx.db, pair.id) : undefined,
  ]);
  const meeting = nextMeeting(
    {
      zone: zones.mentee,
      openedAt: pair.createdAt,
      lastLog: logs.last,
      named: logs.named,
      agreement: agreement
        ? {
            frequency: agreement.frequency,
            preferredDay: agreement.preferredDay,
            preferredTime: agreement.preferredTime,
            startsOn: agreement.startsOn,
          }
        : null,
      lastMeetingAt: wrapUp?.lastMeetingAt ?? null,
    },
    now,
  );
  return { ...meeting, meetingsLogged: logs.count, agreedAt: agreement?.agreedAt ?? null };
}

/** The agenda of the next meeting, from what is true now. */
export async function pairAgenda(ctx: ServiceContext, pair: Pair, zones: PairZones, now: Date): Promise<Agenda> {
  const meeting = await pairNextMeeting(ctx, pair, zones, now);
  const [items, steps, checkin] = await Promise.all([
    listOpenActionItems(ctx.db, pair.id, AGENDA_MAX_ITEMS),
    listGoalSteps(ctx.db, pair.id),
    lastCheckinAt(ctx.db, pair.id),
  ]);
  const agenda = buildAgenda({
    stage: pair.stage,
    meetingAt: meeting.at,
    zone: zones.mentee,
    now,
    meetingsLogged: meeting.meetingsLogged,
    lastCheckinAt: checkin ?? meeting.agreedAt ?? pair.createdAt,
    openItems: items.map((item) => ({ number: item.number, text: item.text, dueOn: item.dueOn, owner: item.owner })),
    openSteps: steps.filter((step) => step.doneAt === null).map((step) => ({ position: step.position, text: step.text })),
    lastMeeting: meeting.source === 'last',
  });
  return meeting.source === 'default' ? { ...agenda, guessed: true } : agenda;
}

/**
 * The agenda job of the pair's next meeting: 24 hours before it at a working hour of the mentee's
 * zone, keyed by the meeting instant. A pair that set no date and agreed no rhythm gets one too once
 * they have met, for two weeks after that meeting: the agenda says the date is a guess and how to
 * set it. Before any meeting, a date counted from the pair's opening would be pure invention, and
 * the overdue reminder covers that pair. None once the meeting began.
 */
export async function planAgendaJobs(ctx: ServiceContext, pair: Pair, zones: PairZones, now: Date): Promise<PlannedJob[]> {
  if (!hasAgendaFor(pair.stage, 'log') || pair.pausedAt !== null) return [];
  const meeting = await pairNextMeeting(ctx, pair, zones, now);
  if (!hasAgendaFor(pair.stage, meeting.source)) return [];
  if (meeting.source === 'default' && meeting.meetingsLogged === 0) return [];
  const runAt = agendaSendTime(meeting.at, zones.mentee, now);
  if (!runAt) return [];
  return [{ kind: AGENDA_JOB, dedupeKey: agendaKey(pair.id, meeting.at), runAt, payload: { meetingAt: meeting.at.toISOString() } }];
}

/**
 * Posts a claimed agenda job, rebuilt from the facts of now. A job whose meeting moved (its key is
 * no longer the planned one) is cancelled; one claimed early, or outside working hours, waits.
 */
export async function runAgendaJob(
  ctx: ServiceContext,
  job: Job,
  pair: ActivePair,
  zones: PairZones,
  now: Date,
): Promise<{ outcome: 'done' } | { outcome: 'cancelled' } | { outcome: 'postponed'; until: Date }> {
  const [planned] = await planAgendaJobs(ctx, pair, zones, now);
  if (!planned || planned.dedupeKey !== job.dedupeKey) return { outcome: 'cancelled' };
  if (planned.runAt.getTime() > now.getTime()) return { outcome: 'postponed', until: planned.runAt };
  await ctx.slack.postToPair(pairRef(pair), { kind: 'agenda', agenda: await pairAgenda(ctx, pair, zones, now) });
  return { outcome: 'done' };
}

/** The next meeting as `/mentor status` and the Home tab show it: the one an agenda is planned for. */
export interface ShownMeeting {
  at: Date;
  /** The two-week default, not a date the pair set or a rhythm it agreed. */
  guessed: boolean;
}

export async function shownNextMeeting(ctx: ServiceContext, pair: MeetingPair, now: Date): Promise<ShownMeeting | null> {
  if (!hasAgendaFor(pair.stage, 'log') || pair.pausedAt !== null) return null;
  const meeting = await pairNextMeeting(ctx, pair, await zonesOf(ctx, pair), now);
  if (!hasAgendaFor(pair.stage, meeting.source)) return null;
  if (meeting.source === 'default' && meeting.meetingsLogged === 0) return null;
  return { at: meeting.at, guessed: meeting.source === 'default' };
}

async function zonesOf(ctx: ServiceContext, pair: MeetingPair): Promise<PairZones> {
  const [mentee, mentor] = await Promise.all([zoneOf(ctx, pair.menteeId), zoneOf(ctx, pair.mentorId)]);
  return { mentee, mentor };
}

/** `/mentor agenda`: the next meeting's agenda, for a member, in the pair's channel. */
export async function agendaForRequest(ctx: ServiceContext, request: ChannelRequest): Promise<{ pairId: number; agenda: Agenda }> {
  const pair = await resolveMemberPair(ctx, request);
  return { pairId: pair.id, agenda: await pairAgenda(ctx, pair, await zonesOf(ctx, pair), ctx.clock()) };
}

/** The preview's "Post to channel" button: only a member posts it, rebuilt from the facts of now. */
export async function postAgenda(ctx: ServiceContext, request: { teamId: string; userId: string; pairId: number }): Promise<Agenda> {
  const pair = await resolveMemberPair(ctx, request);
  const agenda = await pairAgenda(ctx, pair, await zonesOf(ctx, pair), ctx.clock());
  await ctx.slack.postToPair(pairRef(pair), { kind: 'agenda', agenda });
  return agenda;
}
