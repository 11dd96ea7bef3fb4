import type { App } from '@slack/bolt';
import { z } from 'zod';
import { type Catalog, fill } from '../../content/index.js';
import {
  type GoalPlanField,
  type GoalPlanFieldError,
  MAX_GOAL_LENGTH,
  MAX_PLAN_LENGTH,
  MAX_STEP_LENGTH,
  MAX_STEPS,
  MIN_STEPS,
  validateGoalPlan,
} from '../../domain/prepare/goal-plan.js';
import type { ServiceContext } from '../../services/context.js';
import { saveGoalPlan } from '../../services/prepare/goal.js';
import { GOAL_BLOCKS, VIEW_GOAL_PLAN } from '../ids.js';
import { onView } from '../listener.js';
import { acceptOnce, releaseAfterFailure } from '../kit/accept-once.js';
import { refusedNonMember } from '../kit/member-check.js';
import { readInput, readMetadata } from '../kit/view-state.js';

export const channelMetadata = z.object({ channelId: z.string().regex(/^[CGD][A-Z0-9]{2,}$/) });

/** The goal and plan form: mistakes go back beside their fields; a valid plan is stored and posted. */
export function registerGoalPlanSubmission(app: App, ctx: ServiceContext): void {
  // Answered within Slack's window whatever the database does (see form-window.ts).
  onView(app, ctx, VIEW_GOAL_PLAN, async ({ ack, body, view, teamId, userId, catalog, describe, tell }) => {
    const c = await catalog();
    const metadata = readMetadata(view.private_metadata, channelMetadata);
    if (!metadata) {
      await ack({ response_action: 'errors', errors: { [GOAL_BLOCKS.goal]: c.errors.not_pair_channel } });
      return;
    }
    const who = { teamId, channelId: metadata.channelId, userId };
    // Who is asking comes before what they wrote: a form from outside the pair is never read.
    if (await refusedNonMember(ctx, c, ack, who, GOAL_BLOCKS.goal)) return;
    const checked = validateGoalPlan({
      goal: readInput(view.state.values, GOAL_BLOCKS.goal),
      plan: readInput(view.state.values, GOAL_BLOCKS.plan),
    });
    if (!checked.ok) {
      await ack({ response_action: 'errors', errors: fieldErrors(c, checked.errors, checked.longStep ?? 0) });
      return;
    }
    if (!(await acceptOnce(ctx, c, body, ack, GOAL_BLOCKS.goal))) return;
    try {
      await saveGoalPlan(ctx, who, checked.draft);
    } catch (error) {
      await releaseAfterFailure(ctx, body, error);
      // A modal has no response_url: the answer goes to the author alone, in the channel.
      await tell(metadata.channelId, { text: await describe(error) }, 'could not tell the author why the goal was not saved');
    }
  });
}

/** Each mistake in words, beside its own input block. */
function fieldErrors(c: Catalog, errors: Partial<Record<GoalPlanField, GoalPlanFieldError>>, longStep: number): Record<string, string> {
  const e = c.goalPlan.fieldErrors;
  const words: Record<GoalPlanFieldError, string> = {
    goalRequired: e.goalRequired,
    goalTooLong: fill(e.goalTooLong, { max: MAX_GOAL_LENGTH }),
    tooFewSteps: fill(e.tooFewSteps, { min: MIN_STEPS }),
    tooManySteps: fill(e.tooManySteps, { max: MAX_STEPS }),
    stepTooLong: fill(e.stepTooLong, { number: longStep, max: MAX_STEP_LENGTH }),
    planTooLong: fill(e.planTooLong, { max: MAX_PLAN_LENGTH }),
  };
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors) as Array<[GoalPlanField, GoalPlanFieldError]>) out[GOAL_BLOCKS[field]] = words[code];
  return out;
}
