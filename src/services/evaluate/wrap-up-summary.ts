import { attainmentAverage, type PairOutcome } from '../../domain/evaluate/reflection.js';
import type { StoredReflection, WrapUp } from '../../domain/evaluate/wrap-up.js';
import { countActionItems } from '../../storage/nurture/action-item.repository.js';
import { listGoalSteps } from '../../storage/prepare/goal.repository.js';
import { findGoalPlan } from '../../storage/prepare/goal.repository.js';
import { meetingLogStats } from '../../storage/nurture/meeting-log.repository.js';
import { claimSummary, listReflections, setSummaryMessage } from '../../storage/evaluate/wrap-up.repository.js';
import type { ServiceContext } from '../context.js';
import { type ActivePair, pairRef } from '../pairs/pair-access.js';
import type { RelationshipSummary, SummaryReflection } from '../slack-port.js';

/** The celebration summary, from what is stored now: every number is read, none is kept aside. */
export async function buildSummary(ctx: ServiceContext, pair: ActivePair, wrapUpId: number): Promise<RelationshipSummary> {
  const [logs, items, goal, steps, reflections] = await Promise.all([
    meetingLogStats(ctx.db, pair.id),
    countActionItems(ctx.db, pair.id),
    findGoalPlan(ctx.db, pair.id),
    listGoalSteps(ctx.db, pair.id),
    listReflections(ctx.db, wrapUpId),
  ]);
  const mine = (userId: string) => reflections.find((r) => r.userId === userId);
  return {
    openedAt: pair.createdAt,
    closedAt: ctx.clock(),
    meetings: logs.count,
    actionItemsDone: items.done,
    actionItemsTotal: items.done + items.open,
    plan: goal === undefined ? null : { stepsDone: steps.filter((s) => s.doneAt !== null).length, stepsTotal: steps.length },
    members: [pair.mentorId, pair.menteeId].map((userId) => ({ userId, reflection: summaryOf(mine(userId)) })),
    attainment: attainmentAverage(reflections.map((r) => ({ goal: r.goal, steps: r.steps.map((s) => s.attainment) }))),
  };
}

function summaryOf(row: StoredReflection | undefined): SummaryReflection | null {
  if (!row) return null;
  return {
    goal: row.goal,
    stepsMet: row.steps.filter((s) => s.attainment === 'met').length,
    stepsTotal: row.steps.length,
    expectations: row.expectations,
    highlight: row.highlight,
    thanks: row.thanks,
    next: row.next,
  };
}

/** Posts the summary with the decision buttons, once: of two callers at once, one posts. */
export async function postSummaryOnce(ctx: ServiceContext, pair: ActivePair, wrapUpId: number): Promise<boolean> {
  if (!(await claimSummary(ctx.db, wrapUpId, ctx.clock()))) return false;
  const summary = await buildSummary(ctx, pair, wrapUpId);
  const ts = await ctx.slack.postToPair(pairRef(pair), { kind: 'summary', summary });
  await setSummaryMessage(ctx.db, wrapUpId, ts);
  return true;
}

/** Redraws a posted summary (an edited reflection, or the decision taken); a failure loses nothing stored. */
export async function redrawSummary(
  ctx: ServiceContext,
  pair: ActivePair,
  wrapUp: Pick<WrapUp, 'id' | 'summaryTs'>,
  decided?: { outcome: PairOutcome; by: string },
): Promise<void> {
  if (wrapUp.summaryTs === null) return;
  try {
    const summary = await buildSummary(ctx, pair, wrapUp.id);
    await ctx.slack.updatePairMessage(pairRef(pair), wrapUp.summaryTs, { kind: 'summary', summary, ...(decided ? { decided } : {}) });
  } catch (error) {
    ctx.log('could not redraw the wrap-up summary', { pairId: pair.id, error: error instanceof Error ? error.message : String(error) });
  }
}
