import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { cancelBulk, confirmBulk } from '../../services/programme/bulk-run.js';
import { idFromButton } from '../codecs.js';
import { onAction } from '../listener.js';
import { ACTION_BULK_CANCEL, ACTION_BULK_OPEN } from './programme-ids.js';

/** Open / Cancel under a "pair many" preview: the service redraws the message itself. */
export function registerBulkActions(app: App, ctx: ServiceContext): void {
  onAction(app, ctx, ACTION_BULK_OPEN, async ({ teamId, userId, action }) => {
    await confirmBulk(ctx, { teamId, actorId: userId, bulkId: idFromButton(action.value) });
  });
  onAction(app, ctx, ACTION_BULK_CANCEL, async ({ teamId, userId, action }) => {
    await cancelBulk(ctx, { teamId, actorId: userId, bulkId: idFromButton(action.value) });
  });
}
