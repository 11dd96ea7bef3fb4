import { CoachError } from '../../domain/errors.js';
import { withinLength } from '../../domain/input-size.js';
import { prepareProgress } from '../../domain/prepare/prep-checklist.js';
import { wholeDaysSince } from '../../domain/admin/attention.js';
import type { Stage } from '../../domain/stages.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import { cohortsOfPairs } from '../../storage/programme/cohort.repository.js';
import { pairActivity, prepFacts } from '../../storage/programme/programme-facts.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';
import { adminLocale } from './bulk-overview.js';

/** The longest note an admin sends a pair from the Home. */
export const MAX_CONTACT_TEXT = 2000;

interface PairRequest {
  teamId: string;
  actorId: string;
  pairId: number;
}

/** A pair of the workspace, for an admin only: refused before anything about the pair is read. */
async function adminsPair(ctx: ServiceContext, request: PairRequest) {
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  const pair = await findPairById(ctx.db, request.pairId);
  if (pair === undefined || pair.teamId !== request.teamId || pair.channelId === null) throw new CoachError('stale_action');
  return { id: pair.id, channelId: pair.channelId, mentorId: pair.mentorId, menteeId: pair.menteeId, stage: pair.stage, openedAt: pair.createdAt };
}

/** Who "Message the pair" writes to, for the form's intro. */
export async function contactTarget(ctx: ServiceContext, request: PairRequest): Promise<{ pairId: number; mentorId: string; menteeId: string }> {
  const pair = await adminsPair(ctx, request);
  return { pairId: pair.id, mentorId: pair.mentorId, menteeId: pair.menteeId };
}

/** "Message the pair": the admin's note to each member privately, by direct message, with the admin's name. */
export async function contactPair(ctx: ServiceContext, request: PairRequest & { text: string }): Promise<{ mentorId: string; menteeId: string }> {
  const pair = await adminsPair(ctx, request);
  const text = request.text.trim();
  if (text === '') throw new CoachError('contact_empty');
  if (!withinLength(text, MAX_CONTACT_TEXT)) throw new CoachError('contact_too_long', { max: MAX_CONTACT_TEXT });
  for (const member of [pair.mentorId, pair.menteeId]) {
    await ctx.slack.postDirect(member, { kind: 'fromProgrammeTeam', adminId: request.actorId, text }, await adminLocale(ctx, member));
  }
  return { mentorId: pair.mentorId, menteeId: pair.menteeId };
}

export interface AdminPairStatus {
  pairId: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  daysInStage: number;
  cohort: string | null;
  meetingsLogged: number;
  lastMeetingOn: string | null;
  agreement: boolean;
  preparation: { done: number; total: number };
}

/** "Status" on the admins' Home: counts and dates of one pair, never what it wrote. */
export async function adminPairStatus(ctx: ServiceContext, request: PairRequest): Promise<AdminPairStatus> {
  const pair = await adminsPair(ctx, request);
  const [activity, prep, cohorts] = await Promise.all([pairActivity(ctx.db, [{ pairId: pair.id, stage: pair.stage, openedAt: pair.openedAt }]), prepFacts(ctx.db, [{ pairId: pair.id, mentorId: pair.mentorId, menteeId: pair.menteeId }]), cohortsOfPairs(ctx.db, [pair.id])]);
  const act = activity.get(pair.id);
  const progress = prepareProgress(prep.get(pair.id) ?? { hasGoal: false, steps: 0, mentorInventory: false, menteeInventory: false });
  return {
    pairId: pair.id,
    channelId: pair.channelId,
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    stage: pair.stage,
    daysInStage: wholeDaysSince(act?.stageSince ?? pair.openedAt, ctx.clock()),
    cohort: cohorts.get(pair.id)?.name ?? null,
    meetingsLogged: act?.meetingsLogged ?? 0,
    lastMeetingOn: act?.lastMeetingOn ?? null,
    agreement: act?.agreement ?? false,
    preparation: { done: progress.done, total: progress.total },
  };
}
