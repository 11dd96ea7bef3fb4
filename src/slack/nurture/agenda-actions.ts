import type { App, BlockButtonAction } from '@slack/bolt';
import { postAgenda } from '../../services/nurture/agenda.js';
import type { ServiceContext } from '../../services/context.js';
import { describeError } from '../error-reply.js';
import { ACTION_AGENDA_POST } from '../ids.js';
import { catalogOf } from '../requester.js';
import { idFromButton } from '../button-value.js';

/** "Post to channel" on the `/mentor agenda` preview: a member posts the agenda, rebuilt now. */
export function registerAgendaActions(app: App, ctx: ServiceContext): void {
  app.action<BlockButtonAction>(ACTION_AGENDA_POST, async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    try {
      const pairId = idFromButton(action.value);
      await postAgenda(ctx, { teamId: body.team?.id ?? body.user.team_id ?? '', userId, pairId });
      await respond({ response_type: 'ephemeral', replace_original: true, text: c.agenda.posted });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: describeError(c, error, ctx.log) });
    }
  });
}
