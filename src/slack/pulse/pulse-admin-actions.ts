import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { CoachError } from '../../domain/errors.js';
import { fill } from '../../content/index.js';
import { closePairByAdmin, contactPair } from '../../services/pulse/admin-follow-up.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton } from '../codecs.js';
import { ACTION_FIT_CLOSE, ACTION_FIT_CONTACT } from '../ids.js';
import { onAction } from '../listener.js';

/** The buttons of the admins' "not a good fit" alert: contact the pair privately, or close it. */
export function registerPulseAdminActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, new RegExp(`^(${ACTION_FIT_CONTACT}|${ACTION_FIT_CLOSE})$`), async ({ teamId, userId, catalog, action, body, reply }) => {
    const request = { teamId, userId, pairId: idFromButton(action.value) };
    const c = await catalog();
    if (action.action_id === ACTION_FIT_CONTACT) {
      // The alert clicked on (its message) is what "once" counts by.
      const { memberIds, outcome } = await contactPair(ctx, { ...request, alert: clickedMessage(body) });
      const text = outcome === 'sent' ? c.pulse.alert.contacted : c.pulse.alert.alreadyContacted;
      await reply({ text: fill(text, { mentor: `<@${memberIds[0] ?? ''}>`, mentee: `<@${memberIds[1] ?? ''}>` }) });
      return;
    }
    const { pairId } = await closePairByAdmin(ctx, request);
    await reply({ text: fill(c.pulse.alert.closed, { pair: pairId }) });
  });
}

const messageContainer = z.object({ channel_id: z.string().min(1), message_ts: z.string().min(1) });

/** The message a button sits in, as Slack names it in the click (container); a click without one is stale. */
function clickedMessage(body: BlockButtonAction): { channelId: string; ts: string } {
  const container = messageContainer.safeParse(body.container);
  if (!container.success) throw new CoachError('stale_action');
  return { channelId: container.data.channel_id, ts: container.data.message_ts };
}
