import type { Locale } from '../../domain/locale.js';
import { MAX_STEP_LENGTH, MAX_STEPS } from '../../domain/prepare/goal-plan.js';
import { appendPlanStep, lockGoal } from '../../storage/prepare/plan-step.repository.js';
import { listGoalSteps } from '../../storage/prepare/goal.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { CoachError } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { publishGoalPlan } from './goal.js';

export type AddToPlanOutcome =
  | { kind: 'added'; number: number; text: string }
  | { kind: 'already' }
  | { kind: 'full'; max: number }
  | { kind: 'noGoal' };

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A nurture activity's "Add to our plan": appended as the plan's last step, in the pair's language
 * (`activityText` gives it by locale; undefined: the button names no activity). A second click
 * finds it there already and adds nothing.
 */
export async function addActivityToPlan(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; pairId: number },
  activityText: (locale: Locale) => string | undefined,
): Promise<AddToPlanOutcome> {
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: request.pairId });
  const text = activityText(pair.locale)?.slice(0, MAX_STEP_LENGTH);
  if (text === undefined) throw new CoachError('stale_action');
  const now = ctx.clock();
  const outcome = await inTransaction(ctx.db, async (trx): Promise<AddToPlanOutcome> => {
    if (!(await lockGoal(trx, pair.id))) return { kind: 'noGoal' };
    const steps = await listGoalSteps(trx, pair.id);
    if (steps.some((step) => key(step.text) === key(text))) return { kind: 'already' };
    if (steps.length >= MAX_STEPS) return { kind: 'full', max: MAX_STEPS };
    const number = steps.length + 1;
    await appendPlanStep(trx, pair.id, number, text);
    await touchActivity(trx, pair.id, now);
    return { kind: 'added', number, text };
  });
  if (outcome.kind !== 'added') return outcome;
  await publishGoalPlan(ctx, pair).catch((error: unknown) => ctx.log('could not redraw the goal post', { pairId: pair.id, error: String(error) }));
  await ctx.slack
    .postToPair(pairRef(pair), { kind: 'addedToPlan', userId: request.userId, step: outcome.text, number: outcome.number })
    .catch((error: unknown) => ctx.log('could not post the added step', { pairId: pair.id, error: String(error) }));
  await replanQuietly(ctx, pair.id);
  return outcome;
}
