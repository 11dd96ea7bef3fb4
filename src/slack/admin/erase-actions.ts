import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { confirmErase } from '../../services/admin/erase.js';
import { ACTION_ERASE_CANCEL, ACTION_ERASE_CONFIRM } from '../ids.js';
import { eraseOutcome } from './erase-messages.js';
import { onAction } from '../listener.js';
import { idFromButton } from '../codecs.js';

/** The buttons under `/mentor erase`'s confirmation; the answer replaces the confirmation. */
export function registerEraseActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_ERASE_CONFIRM, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    const result = await confirmErase(ctx, { teamId, userId, pairId: idFromButton(action.value) });
    await reply({ text: eraseOutcome(c, result) }, { replace: true });
  });

  onAction(app, ctx, ACTION_ERASE_CANCEL, async ({ catalog, reply }) => {
    await reply({ text: (await catalog()).erase.cancelled }, { replace: true });
  });
}
