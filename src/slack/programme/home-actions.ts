import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { loadAppHome } from '../../services/pairs/app-home.js';
import { requireProgrammeAdmin } from '../../services/programme/admin-gate.js';
import { adminPairStatus, contactTarget } from '../../services/programme/pair-admin.js';
import { idFromButton } from '../codecs.js';
import { onAction } from '../listener.js';
import { appHomeView } from '../pairs/app-home.js';
import { contactModal, moveCohortModal, pairManyModal, statusModal } from './programme-modals.js';
import { ACTION_CONTACT_PAIR, ACTION_HOME_NEXT, ACTION_HOME_PREVIOUS, ACTION_MOVE_COHORT, ACTION_PAIR_MANY, ACTION_PAIR_STATUS } from './programme-ids.js';

/**
 * The programme's buttons on the admins' Home: "Pair many", the pages, and per flagged pair
 * "Message the pair", "Status", "Move to cohort". Each checks the clicker is a programme admin
 * (Slack asked afresh) before any form opens or anything about a pair is read; a refusal is
 * answered in a small window (the Home has no response_url).
 */
export function registerProgrammeHomeActions(app: App, ctx: ServiceContext): void {
  const click = { failure: 'click' as const };
  onAction(
    app,
    ctx,
    ACTION_PAIR_MANY,
    async ({ userId, body, client, catalog }) => {
      await requireProgrammeAdmin(ctx, userId);
      await client.views.open({ trigger_id: body.trigger_id, view: pairManyModal(await catalog()) });
    },
    click,
  );
  for (const pager of [ACTION_HOME_PREVIOUS, ACTION_HOME_NEXT]) {
    onAction(
      app,
      ctx,
      pager,
      async ({ teamId, userId, action, client, catalog }) => {
        const page = idFromButton(action.value);
        await client.views.publish({ user_id: userId, view: appHomeView(await catalog(), await loadAppHome(ctx, { teamId, userId }), page) });
      },
      click,
    );
  }
  onAction(
    app,
    ctx,
    ACTION_CONTACT_PAIR,
    async ({ teamId, userId, action, body, client, catalog }) => {
      const target = await contactTarget(ctx, { teamId, actorId: userId, pairId: idFromButton(action.value) });
      await client.views.open({ trigger_id: body.trigger_id, view: contactModal(await catalog(), target) });
    },
    click,
  );
  onAction(
    app,
    ctx,
    ACTION_PAIR_STATUS,
    async ({ teamId, userId, action, body, client, catalog }) => {
      const status = await adminPairStatus(ctx, { teamId, actorId: userId, pairId: idFromButton(action.value) });
      await client.views.open({ trigger_id: body.trigger_id, view: statusModal(await catalog(), status) });
    },
    click,
  );
  onAction(
    app,
    ctx,
    ACTION_MOVE_COHORT,
    async ({ userId, action, body, client, catalog }) => {
      const pairId = idFromButton(action.value);
      await requireProgrammeAdmin(ctx, userId);
      await client.views.open({ trigger_id: body.trigger_id, view: moveCohortModal(await catalog(), pairId) });
    },
    click,
  );
}
