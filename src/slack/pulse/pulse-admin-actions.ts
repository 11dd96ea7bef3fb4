import type { App, BlockButtonAction } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { closePairByAdmin, contactPair } from '../../services/pulse/admin-follow-up.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton } from '../button-value.js';
import { describeError } from '../error-reply.js';
import { ACTION_FIT_CLOSE, ACTION_FIT_CONTACT } from '../ids.js';
import { catalogOf } from '../requester.js';

/** The buttons of the admins' "not a good fit" alert: contact the pair privately, or close it. */
export function registerPulseAdminActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>({ action_id: new RegExp(`^(${ACTION_FIT_CONTACT}|${ACTION_FIT_CLOSE})$`) }, async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    try {
      const request = { teamId: body.team?.id ?? body.user.team_id ?? '', userId, pairId: idFromButton(action.value) };
      let text: string;
      if (action.action_id === ACTION_FIT_CONTACT) {
        const { memberIds } = await contactPair(ctx, request);
        text = fill(c.pulse.alert.contacted, { mentor: `<@${memberIds[0] ?? ''}>`, mentee: `<@${memberIds[1] ?? ''}>` });
      } else {
        const { pairId } = await closePairByAdmin(ctx, request);
        text = fill(c.pulse.alert.closed, { pair: pairId });
      }
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
