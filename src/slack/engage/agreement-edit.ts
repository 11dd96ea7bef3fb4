import type { App } from '@slack/bolt';
import { agreementFormContext } from '../../services/engage/agreement.js';
import type { ServiceContext } from '../../services/context.js';
import { ACTION_AGREEMENT_EDIT } from '../ids.js';
import { onAction } from '../listener.js';
import { agreementModal } from './agreement-modal.js';
import { clickedChannel } from '../kit/click-reply.js';

/**
 * "Edit the agreement" on the pinned post (and wherever the agreement is offered, the App Home
 * included, whose buttons carry the channel id as their value): opens the form.
 */
export function registerAgreementEditAction(app: App, ctx: ServiceContext): void {
  const options = { failure: 'click' } as const;
  onAction(app, ctx, ACTION_AGREEMENT_EDIT, async ({ teamId, userId, body, client, catalog }) => {
    const c = await catalog();
    const channelId = clickedChannel(body);
    const form = await agreementFormContext(ctx, { teamId, channelId, userId });
    await client.views.open({ trigger_id: body.trigger_id, view: agreementModal(c, channelId, form.current, form.today) });
  }, options);
}
