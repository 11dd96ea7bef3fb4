import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { cancelBulk, confirmBulk } from '../../services/programme/bulk-run.js';
import { idFromButton } from '../codecs.js';
import { describeError } from '../error-reply.js';
import { answerClick } from '../kit/click-reply.js';
import { catalogOf } from '../requester.js';
import { ACTION_BULK_CANCEL, ACTION_BULK_OPEN } from './programme-ids.js';

/** Open / Cancel under a "pair many" preview: the message itself is redrawn by the service. */
export function registerBulkActions(app: App, ctx: ServiceContext): void {
  for (const [actionId, act] of [
    [ACTION_BULK_OPEN, confirmBulk],
    [ACTION_BULK_CANCEL, cancelBulk],
  ] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, respond, client }) => {
      await ack();
      const c = await catalogOf(ctx.slack, body.user.id);
      try {
        await act(ctx, { teamId: body.team?.id ?? body.user.team_id ?? '', actorId: body.user.id, bulkId: idFromButton(body.actions[0]?.value) });
      } catch (error) {
        await answerClick({ body, respond, client }, c, describeError(c, error, ctx.log), ctx.log);
      }
    });
  }
}
