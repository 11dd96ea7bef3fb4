import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { closePairByAdmin, contactPair } from '../../services/pulse/admin-follow-up.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton } from '../codecs.js';
import { ACTION_FIT_CLOSE, ACTION_FIT_CONTACT } from '../ids.js';
import { onAction } from '../listener.js';

/** The buttons of the admins' "not a good fit" alert: contact the pair privately, or close it. */
export function registerPulseAdminActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, new RegExp(`^(${ACTION_FIT_CONTACT}|${ACTION_FIT_CLOSE})$`), async ({ teamId, userId, catalog, action, reply }) => {
    const request = { teamId, userId, pairId: idFromButton(action.value) };
    const c = await catalog();
    if (action.action_id === ACTION_FIT_CONTACT) {
      const { memberIds } = await contactPair(ctx, request);
      await reply({ text: fill(c.pulse.alert.contacted, { mentor: `<@${memberIds[0] ?? ''}>`, mentee: `<@${memberIds[1] ?? ''}>` }) });
      return;
    }
    const { pairId } = await closePairByAdmin(ctx, request);
    await reply({ text: fill(c.pulse.alert.closed, { pair: pairId }) });
  });
}
