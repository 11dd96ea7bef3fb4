import type { App } from '@slack/bolt';
import { z } from 'zod';
import { type Catalog, fill } from '../../content/index.js';
import { answerCheckin } from '../../services/pulse/checkin.js';
import { answerFitCheck } from '../../services/pulse/fit-check.js';
import type { ServiceContext } from '../../services/context.js';
import { describeError } from '../error-reply.js';
import { CHECKIN_BLOCKS, FIT_BLOCKS, VIEW_CHECKIN, VIEW_FIT_CHECK } from '../ids.js';
import { formWindow } from '../kit/form-window.js';
import { noticeModal } from '../kit/notice-modal.js';
import { readInput, readMetadata } from '../kit/view-state.js';
import { catalogOf } from '../requester.js';

const pairMetadata = z.object({ pairId: z.number().int().positive().max(2_147_483_647) });

/**
 * The fit check and check-in forms. The service checks that the sender is a member of the named pair
 * before it reads a field; a refusal or a bad value is shown beside the first field, nothing is stored.
 * Answering twice stores the first answer only (a unique key), so Slack's retries are harmless.
 */
export function registerPulseSubmissions(app: App, ctx: ServiceContext): void {
  app.view(VIEW_FIT_CHECK, async ({ ack: slackAck, body, view, client }) => {
    const ack = formWindow(ctx, client, body.user.id, slackAck);
    const c = await catalogOf(ctx.slack, body.user.id);
    const metadata = readMetadata(view.private_metadata, pairMetadata);
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      if (!metadata) throw staleForm();
      const result = await answerFitCheck(ctx, {
        teamId,
        userId: body.user.id,
        pairId: metadata.pairId,
        answer: readInput(view.state.values, FIT_BLOCKS.answer),
        comment: readInput(view.state.values, FIT_BLOCKS.comment),
      });
      const f = c.pulse.fitCheck;
      const text =
        result.kind === 'alreadyAnswered' ? fill(f.alreadyAnswered, { answer: f.answers[result.answer] }) : result.answer === 'not_a_fit' ? f.savedNotAFit : f.saved;
      await ack({ response_action: 'update', view: noticeModal(c, text) });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [FIT_BLOCKS.answer]: refusal(c, error, ctx) } });
    }
  });

  app.view(VIEW_CHECKIN, async ({ ack: slackAck, body, view, client }) => {
    const ack = formWindow(ctx, client, body.user.id, slackAck);
    const c = await catalogOf(ctx.slack, body.user.id);
    const metadata = readMetadata(view.private_metadata, pairMetadata);
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      if (!metadata) throw staleForm();
      const result = await answerCheckin(ctx, {
        teamId,
        userId: body.user.id,
        pairId: metadata.pairId,
        progress: readInput(view.state.values, CHECKIN_BLOCKS.progress),
        relationship: readInput(view.state.values, CHECKIN_BLOCKS.relationship),
        comment: readInput(view.state.values, CHECKIN_BLOCKS.comment),
      });
      const text = result.kind === 'saved' ? c.pulse.checkin.saved : c.pulse.checkin.alreadyAnswered;
      await ack({ response_action: 'update', view: noticeModal(c, text) });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [CHECKIN_BLOCKS.progress]: refusal(c, error, ctx) } });
    }
  });
}

class StaleForm extends Error {}
const staleForm = () => new StaleForm('stale form');

function refusal(c: Catalog, error: unknown, ctx: ServiceContext): string {
  return error instanceof StaleForm ? c.errors.stale_action : describeError(c, error, ctx.log);
}
