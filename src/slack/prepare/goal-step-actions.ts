import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { tickStep } from '../../services/prepare/goal.js';
import { ACTION_STEP_DONE, ACTION_STEP_UNDO } from '../ids.js';
import { onAction } from '../listener.js';
import { idFromButton } from '../codecs.js';

/** "Mark done" and "Undo" beside each step of the goal post; the post is redrawn from what is stored. */
export function registerGoalStepActions(app: App, ctx: ServiceContext): void {
  const steps = new RegExp(`^(${ACTION_STEP_DONE}|${ACTION_STEP_UNDO})$`);
  onAction(app, ctx, steps, async ({ teamId, userId, action }) => {
    await tickStep(ctx, { teamId, userId, stepId: idFromButton(action.value), done: action.action_id === ACTION_STEP_DONE });
  });
}
