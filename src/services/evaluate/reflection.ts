import { CoachError } from '../../domain/errors.js';
import { type ReflectionCheck, type ReflectionDraft, type ReflectionInput, validateReflection } from '../../domain/evaluate/reflection.js';
import type { StoredReflection } from '../../domain/evaluate/wrap-up.js';
import { findGoalPlan } from '../../storage/prepare/goal.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { findReflection, listReflections, openWrapUp, saveReflection } from '../../storage/evaluate/wrap-up.repository.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { postSummaryOnce, redrawSummary } from './wrap-up-summary.js';

/** What the reflection form shows: the goal and steps to rate, and the member's own reflection so far. */
export interface ReflectionForm {
  pairId: number;
  channelId: string;
  goal: string | null;
  steps: Array<{ id: number; position: number; text: string }>;
  current: StoredReflection | null;
}

async function wrappingUpPair(ctx: ServiceContext, request: ChannelRequest): Promise<ActivePair> {
  const pair = await resolveMemberPair(ctx, request);
  if (pair.stage !== 'evaluate') throw new CoachError('not_wrapping_up');
  return pair;
}

/** Before the form opens: a member of a pair that is wrapping up; their own reflection prefills it. */
export async function reflectionForm(ctx: ServiceContext, request: ChannelRequest): Promise<ReflectionForm> {
  const pair = await wrappingUpPair(ctx, request);
  const wrapUp = await openWrapUp(ctx.db, { pairId: pair.id, by: request.userId, at: ctx.clock() });
  const [goal, current] = await Promise.all([findGoalPlan(ctx.db, pair.id), findReflection(ctx.db, wrapUp.id, request.userId)]);
  return {
    pairId: pair.id,
    channelId: pair.channelId,
    goal: goal?.goal ?? null,
    steps: (goal?.steps ?? []).map((step) => ({ id: step.id, position: step.position, text: step.text })),
    current: current ?? null,
  };
}

export type ReflectionFormCheck = ReflectionCheck | { ok: false; planChanged: true };

/**
 * Field checks against the plan as it is now. The form names the step ids it showed: when the plan
 * was edited meanwhile (new ids), the ratings would land on the wrong steps, so nothing is accepted.
 */
export async function checkReflectionForm(
  ctx: ServiceContext,
  request: ChannelRequest & { stepIds: readonly number[] },
  input: ReflectionInput,
): Promise<ReflectionFormCheck> {
  const pair = await wrappingUpPair(ctx, request);
  const goal = await findGoalPlan(ctx.db, pair.id);
  const steps = goal?.steps ?? [];
  if (steps.map((s) => s.id).join() !== request.stepIds.join()) return { ok: false, planChanged: true };
  return validateReflection(input, { hasGoal: goal !== undefined, steps: steps.map((s) => ({ position: s.position, text: s.text })) });
}

/**
 * Stores the member's reflection (or their edit). The first one is announced in the channel; once
 * both are in, the celebration summary follows, and an edit afterwards redraws it.
 */
export async function recordReflection(ctx: ServiceContext, request: ChannelRequest, draft: ReflectionDraft): Promise<void> {
  const pair = await wrappingUpPair(ctx, request);
  const now = ctx.clock();
  const { wrapUp, first } = await inTransaction(ctx.db, async (trx) => {
    const wrapUp = await openWrapUp(trx, { pairId: pair.id, by: request.userId, at: now });
    const first = (await findReflection(trx, wrapUp.id, request.userId)) === undefined;
    await saveReflection(trx, { wrapUpId: wrapUp.id, pairId: pair.id, userId: request.userId, reflection: draft, at: now });
    await touchActivity(trx, pair.id, now);
    return { wrapUp, first };
  });
  if (first) await ctx.slack.postToPair(pairRef(pair), { kind: 'reflectionShared', userId: request.userId });
  if (wrapUp.summaryAt !== null) {
    await redrawSummary(ctx, pair, wrapUp);
    return;
  }
  // Counted after our own commit: of two last reflections saved at once, the later sees both.
  const written = new Set((await listReflections(ctx.db, wrapUp.id)).map((r) => r.userId));
  if (written.has(pair.mentorId) && written.has(pair.menteeId)) await postSummaryOnce(ctx, pair, wrapUp.id);
}

/** The "Write my reflection" button carries the pair id; the clicker must be one of its members. */
export async function reflectionFormByPair(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
): Promise<ReflectionForm> {
  const pair = await resolveMemberPair(ctx, request);
  return reflectionForm(ctx, { teamId: request.teamId, channelId: pair.channelId, userId: request.userId });
}
