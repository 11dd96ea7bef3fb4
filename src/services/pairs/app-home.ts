import { quietness } from '../../domain/admin/attention.js';
import { type ChannelProblem, channelProblemOf } from '../../domain/channel-problems.js';
import { CHECKLIST_SIZE, checklistsState } from '../../domain/engage/checklists.js';
import { isOpenStage, OPEN_STAGES, type OpenStage } from '../../domain/stages.js';
import { listChecklistTicks } from '../../storage/engage/checklist.repository.js';
import { listActivePairsActivity, listFirstOpenItems, listMemberPairs } from '../../storage/pairs/home.repository.js';
import { type ShownMeeting, shownNextMeeting } from '../nurture/agenda.js';
import { type ClosedPairsOverview, closedPairsOverview } from '../admin/closed-pairs.js';
import type { PulseOverview } from '../../domain/pulse/pulse-summary.js';
import { pulseOverview } from '../pulse/pulse-overview.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from './pair-access.js';
import { type CohortOverview, programmeByCohort } from '../programme/programme-home.js';

/** Open action items shown under each of a member's pairs; the rest are counted. */
export const HOME_ITEMS_PER_PAIR = 3;

/** One of the reader's own pairs, with what they need to know before their next meeting. */
export interface HomePair {
  pairId: number;
  channelId: string;
  /** The reader's role in this pair, and the other member. */
  role: 'mentor' | 'mentee';
  otherId: string;
  stage: OpenStage;
  paused: boolean;
  /** The meeting the next agenda is for, as `/mentor status` shows it. */
  nextMeeting: ShownMeeting | null;
  openItems: number;
  /** The oldest open items, at most HOME_ITEMS_PER_PAIR. */
  listedOpenItems: string[];
  /** Ticked items of the working-agreement checklist, as stored. */
  workingAgreement: { done: number; total: number };
  /** The mentoring agreement has been filled in. */
  agreementSigned: boolean;
}

/** A pair as programme admins see it: who, where, which stage and how long since a log — never what was written. */
export interface OverviewPair {
  pairId: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  stage: OpenStage;
  paused: boolean;
  cadenceDays: number;
  lastLogAt: Date | null;
  /** Whole days since the last log, or since the opening when nothing is logged yet. */
  daysQuiet: number;
  needsAttention: boolean;
  /** Scheduled posts stopped reaching the channel, and why: the pair needs attention whatever its logs say. */
  deliveryProblem: ChannelProblem | null;
}

export interface ProgrammeOverview {
  /** Every active pair: those needing attention first, then the quietest first. */
  pairs: OverviewPair[];
  countsByStage: Record<OpenStage, number>;
  needingAttention: number;
  /** How relationships ended: outcomes, average attainment, closed pairs with dates. */
  closing?: ClosedPairsOverview;
  /** How the pairs are doing: aggregates of the members' private answers, never an answer or a comment. */
  pulse?: PulseOverview;
  /** The programme by cohort: counts per stage and the pairs needing attention, with why (issue 17). */
  byCohort?: CohortOverview[];
}

export interface AppHome {
  /** The reader's active pairs, oldest first. */
  pairs: HomePair[];
  /** Set for programme admins only. */
  programme: ProgrammeOverview | null;
}

/** Everything the reader's Home tab shows, as of `ctx.clock()`. */
export async function loadAppHome(ctx: ServiceContext, request: { teamId: string; userId: string }): Promise<AppHome> {
  const [pairs, admin] = await Promise.all([memberPairs(ctx, request), isAdmin(ctx, request.userId)]);
  if (!admin) return { pairs, programme: null };
  // An admin who is a member of pairs never reads their partner's private answers through the
  // programme's figures: those pairs count nowhere in the pulse, and are flagged without its reasons.
  const own = new Set(pairs.map((pair) => pair.pairId));
  const [programme, closing, pulse, byCohort] = await Promise.all([
    programmeOverview(ctx, request.teamId),
    closedPairsOverview(ctx, request.teamId),
    ctx.pulse === true ? pulseOverview(ctx, request.teamId, own) : undefined,
    programmeByCohort(ctx, request.teamId, own),
  ]);
  return { pairs, programme: { ...programme, closing, pulse, byCohort } };
}

async function memberPairs(ctx: ServiceContext, request: { teamId: string; userId: string }): Promise<HomePair[]> {
  const rows = (await listMemberPairs(ctx.db, request.teamId, request.userId)).filter((row) => isOpenStage(row.stage));
  const ids = rows.map((row) => row.id);
  const now = ctx.clock();
  const [items, ticks, meetings] = await Promise.all([
    listFirstOpenItems(ctx.db, ids, HOME_ITEMS_PER_PAIR),
    // A member is in a handful of pairs at most: one read of the stored checklist state each,
    // and of what decides the next meeting.
    Promise.all(ids.map((id) => listChecklistTicks(ctx.db, id))),
    Promise.all(rows.map((row) => shownNextMeeting(ctx, row, now))),
  ]);
  return rows.map((row, index) => {
    const mentor = row.mentorId === request.userId;
    return {
      pairId: row.id,
      channelId: row.channelId,
      role: mentor ? 'mentor' : 'mentee',
      otherId: mentor ? row.menteeId : row.mentorId,
      stage: row.stage as OpenStage,
      paused: row.pausedAt !== null,
      nextMeeting: meetings[index] ?? null,
      openItems: row.openItems,
      listedOpenItems: items.filter((item) => item.pairId === row.id).map((item) => item.text),
      workingAgreement: { done: checklistsState(ticks[index] ?? []).ticked.agreement.length, total: CHECKLIST_SIZE },
      agreementSigned: row.agreementSigned,
    };
  });
}

async function programmeOverview(ctx: ServiceContext, teamId: string): Promise<ProgrammeOverview> {
  const now = ctx.clock();
  const rows = await listActivePairsActivity(ctx.db, teamId);
  const pairs: OverviewPair[] = rows
    .filter((row) => isOpenStage(row.stage))
    .map((row) => {
      const quiet = quietness({ openedAt: row.openedAt, lastLogAt: row.lastLogAt, cadenceDays: row.cadenceDays }, now);
      const deliveryProblem = row.deliveryProblem === null ? null : channelProblemOf(row.deliveryProblem);
      return {
        pairId: row.id,
        channelId: row.channelId,
        mentorId: row.mentorId,
        menteeId: row.menteeId,
        stage: row.stage as OpenStage,
        paused: row.paused,
        cadenceDays: row.cadenceDays,
        lastLogAt: row.lastLogAt,
        daysQuiet: quiet.days,
        needsAttention: quiet.needsAttention || deliveryProblem !== null,
        deliveryProblem,
      };
    })
    .sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention) || b.daysQuiet - a.daysQuiet || a.pairId - b.pairId);
  const countsByStage = Object.fromEntries(OPEN_STAGES.map((stage) => [stage, 0])) as Record<OpenStage, number>;
  for (const pair of pairs) countsByStage[pair.stage] += 1;
  return { pairs, countsByStage, needingAttention: pairs.filter((pair) => pair.needsAttention).length };
}

/** Slack may fail to answer who is an admin: the reader then sees their own pairs, not the overview. */
async function isAdmin(ctx: ServiceContext, userId: string): Promise<boolean> {
  try {
    return await isProgrammeAdmin(ctx, userId);
  } catch (error) {
    ctx.log('could not tell whether the reader is a programme admin', { error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}
