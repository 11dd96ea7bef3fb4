import type { App, BlockButtonAction } from '@slack/bolt';
import { agreementFormContext } from '../../services/engage/agreement.js';
import type { ServiceContext } from '../../services/context.js';
import { describeError } from '../error-reply.js';
import { ACTION_AGREEMENT_EDIT } from '../ids.js';
import { catalogOf } from '../requester.js';
import { agreementModal } from './agreement-modal.js';
import { answerClick, clickedChannel } from '../kit/click-reply.js';

/**
 * "Edit the agreement" on the pinned post (and wherever the agreement is offered, the App Home
 * included, whose buttons carry the channel id as their value): opens the form.
 */
export function registerAgreementEditAction(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(ACTION_AGREEMENT_EDIT, async ({ ack, body, respond, client }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    const channelId = clickedChannel(body);
    try {
      const form = await agreementFormContext(ctx, { teamId: body.team?.id ?? body.user.team_id ?? '', channelId, userId });
      await client.views.open({ trigger_id: body.trigger_id, view: agreementModal(c, channelId, form.current, form.today) });
    } catch (error) {
      await answerClick({ body, respond, client }, c, describeError(c, error, ctx.log), ctx.log);
    }
  });
}
