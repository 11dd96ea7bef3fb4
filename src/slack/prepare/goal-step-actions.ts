import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { tickStep } from '../../services/prepare/goal.js';
import { describeError } from '../error-reply.js';
import { ACTION_STEP_DONE, ACTION_STEP_UNDO } from '../ids.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from '../button-value.js';

/** "Mark done" and "Undo" beside each step of the goal post; the post is redrawn from what is stored. */
export function registerGoalStepActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(
    { action_id: new RegExp(`^(${ACTION_STEP_DONE}|${ACTION_STEP_UNDO})$`) },
    async ({ ack, body, action, respond }) => {
      await ack();
      try {
        const stepId = idFromButton(action.value);
        const teamId = body.team?.id ?? body.user.team_id ?? '';
        await tickStep(ctx, { teamId, userId: body.user.id, stepId, done: action.action_id === ACTION_STEP_DONE });
      } catch (error) {
        const c = await catalogOf(ctx.slack, body.user.id);
        await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
      }
    },
  );
}
