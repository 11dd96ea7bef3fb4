import type { App, BlockButtonAction } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { checkCheckin } from '../../services/pulse/checkin.js';
import { checkFitCheck } from '../../services/pulse/fit-check.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton } from '../button-value.js';
import { describeError } from '../error-reply.js';
import { ACTION_CHECKIN_OPEN, ACTION_FIT_OPEN } from '../ids.js';
import { answerClick } from '../kit/click-reply.js';
import { noticeModal } from '../kit/notice-modal.js';
import { catalogOf } from '../requester.js';
import { checkinModal, fitCheckModal } from './pulse-modals.js';

/** "Answer privately" under the fit check or the midpoint check-in: the form opens for a member who has not answered. */
export function registerPulseFormActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>({ action_id: new RegExp(`^(${ACTION_FIT_OPEN}|${ACTION_CHECKIN_OPEN})$`) }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    try {
      const who = { teamId: body.team?.id ?? body.user.team_id ?? '', userId, pairId: idFromButton(action.value) };
      if (action.action_id === ACTION_FIT_OPEN) {
        const { answered } = await checkFitCheck(ctx, who);
        const view = answered === null ? fitCheckModal(c, who.pairId) : noticeModal(c, fill(c.pulse.fitCheck.alreadyAnswered, { answer: c.pulse.fitCheck.answers[answered] }));
        await client.views.open({ trigger_id: body.trigger_id, view });
        return;
      }
      const { answered } = await checkCheckin(ctx, who);
      await client.views.open({ trigger_id: body.trigger_id, view: answered ? noticeModal(c, c.pulse.checkin.alreadyAnswered) : checkinModal(c, who.pairId) });
    } catch (error) {
      await answerClick({ body, respond, client }, c, describeError(c, error, ctx.log), ctx.log);
    }
  });
}
