import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { checkCheckin } from '../../services/pulse/checkin.js';
import { checkFitCheck } from '../../services/pulse/fit-check.js';
import type { ServiceContext } from '../../services/context.js';
import { idFromButton } from '../codecs.js';
import { ACTION_CHECKIN_OPEN, ACTION_FIT_OPEN } from '../ids.js';
import { noticeModal } from '../kit/notice-modal.js';
import { onAction } from '../listener.js';
import { checkinModal, fitCheckModal } from './pulse-modals.js';

/** "Answer privately" under the fit check or the midpoint check-in: the form opens for a member who has not answered. */
export function registerPulseFormActions(app: App, ctx: ServiceContext): void {
  onAction(
    app,
    ctx,
    new RegExp(`^(${ACTION_FIT_OPEN}|${ACTION_CHECKIN_OPEN})$`),
    async ({ teamId, userId, catalog, body, action, client }) => {
      const who = { teamId, userId, pairId: idFromButton(action.value) };
      const c = await catalog();
      let view;
      if (action.action_id === ACTION_FIT_OPEN) {
        const { answered } = await checkFitCheck(ctx, who);
        view = answered === null ? fitCheckModal(c, who.pairId) : noticeModal(c, fill(c.pulse.fitCheck.alreadyAnswered, { answer: c.pulse.fitCheck.answers[answered] }));
      } else {
        const { answered } = await checkCheckin(ctx, who);
        view = answered ? noticeModal(c, c.pulse.checkin.alreadyAnswered) : checkinModal(c, who.pairId);
      }
      await client.views.open({ trigger_id: body.trigger_id, view });
    },
    { failure: 'click' },
  );
}
