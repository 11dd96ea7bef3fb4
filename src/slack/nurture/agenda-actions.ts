import type { App } from '@slack/bolt';
import { postAgenda } from '../../services/nurture/agenda.js';
import type { ServiceContext } from '../../services/context.js';
import { ACTION_AGENDA_POST } from '../ids.js';
import { onAction } from '../listener.js';
import { idFromButton } from '../codecs.js';

/** "Post to channel" on the `/mentor agenda` preview: a member posts the agenda, rebuilt now. */
export function registerAgendaActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_AGENDA_POST, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    await postAgenda(ctx, { teamId, userId, pairId: idFromButton(action.value) });
    await reply({ text: c.agenda.posted }, { replace: true });
  });
}
