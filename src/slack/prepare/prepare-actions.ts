import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { goalFormByPair } from '../../services/prepare/goal.js';
import { inventoryFormByPair } from '../../services/prepare/inventory.js';
import { enterEngage } from '../../services/engage/enter-engage.js';
import { ACTION_GOAL_OPEN, ACTION_INVENTORY_OPEN, ACTION_ENGAGE_START } from '../ids.js';
import { textMessage } from '../kit/replies.js';
import { onAction } from '../listener.js';
import { openGoalPlanModal } from './goal-plan-modal.js';
import { openInventoryModal } from './inventory-modal.js';
import { idFromButton } from '../codecs.js';

/** The buttons of the prepare post (goal form, own inventory form) and of the suggestion to meet. */
export function registerPrepareActions(app: App, ctx: ServiceContext): void {
  const buttons = new RegExp(`^(${ACTION_GOAL_OPEN}|${ACTION_INVENTORY_OPEN}|${ACTION_ENGAGE_START})$`);
  onAction(app, ctx, buttons, async ({ teamId, userId, body, action, client, catalog, reply }) => {
    const c = await catalog();
    const who = { teamId, userId, pairId: idFromButton(action.value) };
    switch (action.action_id) {
      case ACTION_GOAL_OPEN:
        await openGoalPlanModal(client, c, body.trigger_id, await goalFormByPair(ctx, who));
        return;
      case ACTION_INVENTORY_OPEN:
        await openInventoryModal(client, c, body.trigger_id, await inventoryFormByPair(ctx, who));
        return;
      default: {
        const change = await enterEngage(ctx, who);
        await reply(textMessage(fill(c.stage.done, { stage: c.stageNames[change.to] })));
      }
    }
  });
}
