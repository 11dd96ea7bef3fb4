import { CoachError } from '../../domain/errors.js';
import { carryTicks, type GoalPlanDraft, type StoredGoalPlan } from '../../domain/prepare/goal-plan.js';
import {
  findGoalPlan,
  findGoalStep,
  lockAndWriteGoal,
  replaceGoalSteps,
  setGoalMessage,
  setStepDone,
} from '../../storage/prepare/goal.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { publishInPlace, refreshPreparation } from './prep-progress.js';
import { setFinishLine, setStepDetails } from '../../storage/prepare/plan-step.repository.js';
import { planStepLine } from '../../domain/prepare/plan-step.js';
import type { GoalPlanView } from './prepare-posts.js';

/**
 * The goal belongs to the mentee, but either member may write or edit it: mentors often help put
 * it into words during a call. Who wrote what, and when, is kept.
 */
export interface GoalForm {
  /** The pair's channel: the form carries it, and the submission is checked against it again. */
  channelId: string;
  /** The stored goal and steps (each with its owner and due date), to prefill the form when editing. */
  current: { goal: string; steps: string[]; successCriterion?: string | null; targetOn?: string | null } | undefined;
}

export interface PairRequest {
  teamId: string;
  userId: string;
  pairId: number;
}

/** `/mentor goal`: only a member, in the pair's own channel, opens the form. */
export async function goalFormInChannel(ctx: ServiceContext, request: ChannelRequest): Promise<GoalForm> {
  return goalFormOf(ctx, await resolveMemberPair(ctx, request));
}

/** The buttons on the prepare and goal posts carry the pair id; the clicker must be a member. */
export async function goalFormByPair(ctx: ServiceContext, request: PairRequest): Promise<GoalForm> {
  return goalFormOf(ctx, await resolveMemberPair(ctx, request));
}

async function goalFormOf(ctx: ServiceContext, pair: ActivePair): Promise<GoalForm> {
  const stored = await findGoalPlan(ctx.db, pair.id);
  return {
    channelId: pair.channelId,
    current: stored && {
      goal: stored.goal,
      steps: stored.steps.map((step) => planStepLine(step)),
      successCriterion: stored.successCriterion,
      targetOn: stored.targetOn,
    },
  };
}

/**
 * Stores the goal and its ordered steps (an unchanged step keeps its tick), updates the goal post
 * in place (or posts it the first time), redraws the checklist and replans the pair's nudges.
 */
export async function saveGoalPlan(ctx: ServiceContext, request: ChannelRequest, draft: GoalPlanDraft): Promise<GoalPlanView> {
  const pair = await resolveMemberPair(ctx, request);
  const at = ctx.clock();
  await inTransaction(ctx.db, async (trx) => {
    const previous = await lockAndWriteGoal(trx, { pairId: pair.id, goal: draft.goal, by: request.userId, at });
    const ticks = previous.map((step) => ({ text: step.text, doneBy: step.doneBy, doneAt: step.doneAt }));
    await replaceGoalSteps(trx, pair.id, carryTicks(ticks, draft.steps));
    await setStepDetails(trx, pair.id, draft.stepDetails ?? []);
    await setFinishLine(trx, pair.id, { successCriterion: draft.successCriterion ?? null, targetOn: draft.targetOn ?? null });
    await touchActivity(trx, pair.id, at);
  });
  const view = await publishGoalPlan(ctx, pair);
  await refreshPreparation(ctx, pair);
  await replanQuietly(ctx, pair);
  return view;
}

/**
 * A step's done or undo button. The button says what it wants (done, or open again), so a second
 * click, or both members clicking at once, leaves one state: the first tick's who and when.
 */
export async function tickStep(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; stepId: number; done: boolean },
): Promise<GoalPlanView> {
  const step = await findGoalStep(ctx.db, request.stepId);
  // A step replaced by an edit: the button belongs to an older rendering of the plan.
  if (!step) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: step.pairId });
  const at = ctx.clock();
  const changed = await setStepDone(ctx.db, step.id, request.done ? { by: request.userId, at } : null);
  // Redrawn even when nothing changed, so a message showing an older state catches up.
  const view = await publishGoalPlan(ctx, pair);
  if (changed) {
    await touchActivity(ctx.db, pair.id, at);
    await replanQuietly(ctx, pair);
  }
  return view;
}

export async function publishGoalPlan(ctx: ServiceContext, pair: ActivePair): Promise<GoalPlanView> {
  const stored = await findGoalPlan(ctx.db, pair.id);
  if (!stored) throw new CoachError('stale_action');
  const view: GoalPlanView = { ...goalPlanView(stored), finishLine: { successCriterion: stored.successCriterion, targetOn: stored.targetOn } };
  await publishInPlace(ctx, pairRef(pair), stored.messageTs, { kind: 'goalPlan', plan: view }, (ts) =>
    setGoalMessage(ctx.db, pair.id, ts),
  );
  return view;
}

function goalPlanView(stored: StoredGoalPlan): GoalPlanView {
  return {
    goal: stored.goal,
    updatedBy: stored.updatedBy,
    updatedAt: stored.updatedAt,
    steps: stored.steps.map((step) => ({
      id: step.id,
      position: step.position,
      text: step.text,
      doneBy: step.doneBy,
      doneAt: step.doneAt,
      owner: step.owner,
      dueOn: step.dueOn,
    })),
  };
}
