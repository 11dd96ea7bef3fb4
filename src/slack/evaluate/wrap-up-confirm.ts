import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { confirmWrapUpFromButton } from '../../services/evaluate/wrap-up.js';
import { describeError } from '../error-reply.js';
import { ACTION_WRAP_UP_CONFIRM } from '../ids.js';
import { wrapUpReply } from './wrap-up-reply.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from '../button-value.js';

/** The close button on the evaluate post. Its value is only a pair id: who may press it is checked again. */
export function registerWrapUpConfirmAction(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(ACTION_WRAP_UP_CONFIRM, async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    try {
      const pairId = idFromButton(action.value);
      const result = await confirmWrapUpFromButton(ctx, { teamId: body.team?.id ?? body.user.team_id ?? '', userId, pairId });
      await respond({ response_type: 'ephemeral', replace_original: false, ...wrapUpReply(c, result) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
