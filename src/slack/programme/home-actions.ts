import type { App, BlockButtonAction } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { loadAppHome } from '../../services/pairs/app-home.js';
import { requireProgrammeAdmin } from '../../services/programme/admin-gate.js';
import { adminPairStatus, contactTarget } from '../../services/programme/pair-admin.js';
import { idFromButton } from '../codecs.js';
import { describeError } from '../error-reply.js';
import { answerClick } from '../kit/click-reply.js';
import { appHomeView } from '../pairs/app-home.js';
import { catalogOf } from '../requester.js';
import { contactModal, moveCohortModal, pairManyModal, statusModal } from './programme-modals.js';
import { ACTION_CONTACT_PAIR, ACTION_HOME_PAGE, ACTION_MOVE_COHORT, ACTION_PAIR_MANY, ACTION_PAIR_STATUS } from './programme-ids.js';

type Click = { ctx: ServiceContext; body: BlockButtonAction; client: App['client']; teamId: string; userId: string; value: string | undefined };

/**
 * The programme's buttons on the admins' Home: "Pair many", the pages, and per flagged pair
 * "Message the pair", "Status", "Move to cohort". Each checks the clicker is a programme admin
 * (Slack asked afresh) before any form opens or anything about a pair is read.
 */
const CLICKS: ReadonlyArray<[string, (click: Click) => Promise<void>]> = [
  [
    ACTION_PAIR_MANY,
    async ({ ctx, body, client, userId }) => {
      await requireProgrammeAdmin(ctx, userId);
      await client.views.open({ trigger_id: body.trigger_id, view: pairManyModal(await catalogOf(ctx.slack, userId)) });
    },
  ],
  [
    ACTION_HOME_PAGE,
    async ({ ctx, client, teamId, userId, value }) => {
      const page = idFromButton(value);
      const c = await catalogOf(ctx.slack, userId);
      await client.views.publish({ user_id: userId, view: appHomeView(c, await loadAppHome(ctx, { teamId, userId }), page) });
    },
  ],
  [
    ACTION_CONTACT_PAIR,
    async ({ ctx, body, client, teamId, userId, value }) => {
      const target = await contactTarget(ctx, { teamId, actorId: userId, pairId: idFromButton(value) });
      await client.views.open({ trigger_id: body.trigger_id, view: contactModal(await catalogOf(ctx.slack, userId), target) });
    },
  ],
  [
    ACTION_PAIR_STATUS,
    async ({ ctx, body, client, teamId, userId, value }) => {
      const status = await adminPairStatus(ctx, { teamId, actorId: userId, pairId: idFromButton(value) });
      await client.views.open({ trigger_id: body.trigger_id, view: statusModal(await catalogOf(ctx.slack, userId), status) });
    },
  ],
  [
    ACTION_MOVE_COHORT,
    async ({ ctx, body, client, userId, value }) => {
      const pairId = idFromButton(value);
      await requireProgrammeAdmin(ctx, userId);
      await client.views.open({ trigger_id: body.trigger_id, view: moveCohortModal(await catalogOf(ctx.slack, userId), pairId) });
    },
  ],
];

export function registerProgrammeHomeActions(app: App, ctx: ServiceContext): void {
  for (const [actionId, handle] of CLICKS) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, respond, client }) => {
      await ack();
      const userId = body.user.id;
      try {
        await handle({ ctx, body, client, teamId: body.team?.id ?? body.user.team_id ?? '', userId, value: body.actions[0]?.value });
      } catch (error) {
        const c = await catalogOf(ctx.slack, userId);
        await answerClick({ body, respond, client }, c, describeError(c, error, ctx.log), ctx.log);
      }
    });
  }
}
