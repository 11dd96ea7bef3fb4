import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { confirmErase } from '../../services/admin/erase.js';
import { describeError } from '../error-reply.js';
import { ACTION_ERASE_CANCEL, ACTION_ERASE_CONFIRM } from '../ids.js';
import { eraseOutcome } from './erase-messages.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from '../button-value.js';

/** The buttons under `/mentor erase`'s confirmation; the answer replaces the confirmation. */
export function registerEraseActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>({ action_id: ACTION_ERASE_CONFIRM }, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    try {
      const pairId = idFromButton(action.value);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const result = await confirmErase(ctx, { teamId, userId: body.user.id, pairId });
      await respond({ response_type: 'ephemeral', replace_original: true, text: eraseOutcome(c, result) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });

  app.action<BlockButtonAction>({ action_id: ACTION_ERASE_CANCEL }, async ({ ack, body, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    await respond({ response_type: 'ephemeral', replace_original: true, text: c.erase.cancelled });
  });
}
