import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { confirmWrapUpFromButton } from '../../services/evaluate/wrap-up.js';
import { ACTION_WRAP_UP_CONFIRM } from '../ids.js';
import { wrapUpReply } from './wrap-up-reply.js';
import { onAction } from '../listener.js';
import { idFromButton } from '../codecs.js';

/** The close button on the evaluate post. Its value is only a pair id: who may press it is checked again. */
export function registerWrapUpConfirmAction(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_WRAP_UP_CONFIRM, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    const result = await confirmWrapUpFromButton(ctx, { teamId, userId, pairId: idFromButton(action.value) });
    await reply(wrapUpReply(c, result));
  });
}
