import type { App } from '@slack/bolt';
import { z } from 'zod';
import { fill } from '../../content/index.js';
import { CoachError } from '../../domain/errors.js';
import { answerCheckin } from '../../services/pulse/checkin.js';
import { answerFitCheck } from '../../services/pulse/fit-check.js';
import type { ServiceContext } from '../../services/context.js';
import { CHECKIN_BLOCKS, FIT_BLOCKS, VIEW_CHECKIN, VIEW_FIT_CHECK } from '../ids.js';
import { noticeModal } from '../kit/notice-modal.js';
import { readInput, readMetadata } from '../kit/view-state.js';
import { onView, type ViewRequest } from '../listener.js';

const pairMetadata = z.object({ pairId: z.number().int().positive().max(2_147_483_647) });

function pairOf(view: ViewRequest['view']): number {
  const metadata = readMetadata(view.private_metadata, pairMetadata);
  if (!metadata) throw new CoachError('stale_action');
  return metadata.pairId;
}

/**
 * The fit check and check-in forms. The service checks that the sender is a member of the named pair
 * before it reads a field; a refusal or a bad value is shown beside the first field, nothing is stored.
 * Answering twice stores the first answer only (a unique key), so Slack's retries are harmless.
 */
export function registerPulseSubmissions(app: App, ctx: ServiceContext): void {
  onView(app, ctx, VIEW_FIT_CHECK, async ({ ack, view, teamId, userId, catalog, describe }) => {
    try {
      const result = await answerFitCheck(ctx, {
        teamId,
        userId,
        pairId: pairOf(view),
        answer: readInput(view.state.values, FIT_BLOCKS.answer),
        comment: readInput(view.state.values, FIT_BLOCKS.comment),
      });
      const c = await catalog();
      const f = c.pulse.fitCheck;
      const text =
        result.kind === 'alreadyAnswered' ? fill(f.alreadyAnswered, { answer: f.answers[result.answer] }) : result.answer === 'not_a_fit' ? f.savedNotAFit : f.saved;
      await ack({ response_action: 'update', view: noticeModal(c, text) });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [FIT_BLOCKS.answer]: await describe(error) } });
    }
  });

  onView(app, ctx, VIEW_CHECKIN, async ({ ack, view, teamId, userId, catalog, describe }) => {
    try {
      const result = await answerCheckin(ctx, {
        teamId,
        userId,
        pairId: pairOf(view),
        progress: readInput(view.state.values, CHECKIN_BLOCKS.progress),
        relationship: readInput(view.state.values, CHECKIN_BLOCKS.relationship),
        comment: readInput(view.state.values, CHECKIN_BLOCKS.comment),
      });
      const c = await catalog();
      await ack({ response_action: 'update', view: noticeModal(c, result.kind === 'saved' ? c.pulse.checkin.saved : c.pulse.checkin.alreadyAnswered) });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [CHECKIN_BLOCKS.progress]: await describe(error) } });
    }
  });
}
