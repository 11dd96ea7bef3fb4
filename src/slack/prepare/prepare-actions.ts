import type { App, BlockButtonAction } from '@slack/bolt';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { goalFormByPair } from '../../services/prepare/goal.js';
import { inventoryFormByPair } from '../../services/prepare/inventory.js';
import { enterEngage } from '../../services/engage/enter-engage.js';
import { describeError } from '../error-reply.js';
import { ACTION_GOAL_OPEN, ACTION_INVENTORY_OPEN, ACTION_START_CONVERSATION } from '../ids.js';
import { textMessage } from '../kit/replies.js';
import { catalogOf } from '../requester.js';
import { openGoalPlanModal } from './goal-plan-modal.js';
import { openInventoryModal } from './inventory-modal.js';
import { idFromButton } from '../button-value.js';

/** The buttons of the prepare post (goal form, own inventory form) and of the suggestion to meet. */
export function registerPrepareActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(
    { action_id: new RegExp(`^(${ACTION_GOAL_OPEN}|${ACTION_INVENTORY_OPEN}|${ACTION_START_CONVERSATION})$`) },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const userId = body.user.id;
      const c = await catalogOf(ctx.slack, userId);
      try {
        const who = { teamId: body.team?.id ?? body.user.team_id ?? '', userId, pairId: idFromButton(action.value) };
        switch (action.action_id) {
          case ACTION_GOAL_OPEN:
            await openGoalPlanModal(client, c, body.trigger_id, await goalFormByPair(ctx, who));
            return;
          case ACTION_INVENTORY_OPEN:
            await openInventoryModal(client, c, body.trigger_id, await inventoryFormByPair(ctx, who));
            return;
          default: {
            const change = await enterEngage(ctx, who);
            const reply = textMessage(fill(c.stage.done, { stage: c.stageNames[change.to] }));
            await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
          }
        }
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
      }
    },
  );
}
