import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Catalog } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { checkContinueEnd, continueCycle } from '../../services/evaluate/wrap-up-decision.js';
import { CONTINUE_END_BLOCK, INPUT_ACTION, VIEW_CONTINUE_CYCLE } from '../ids.js';
import { decisionReply } from './wrap-up-reply.js';
import { onView } from '../listener.js';
import { readInput, readMetadata } from '../kit/view-state.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const metadataSchema = z.object({ channelId: z.string().regex(/^[CGD][A-Z0-9]{2,}$/), pairId: z.number().int().positive() });

/** "Continue": the new cycle's planned end, three months ahead unless the member picks another day. */
export function continueCycleModal(c: Catalog, form: { channelId: string; pairId: number; defaultEnd: string }) {
  const m = c.evaluateWrapUp.continueModal;
  return {
    type: 'modal' as const,
    callback_id: VIEW_CONTINUE_CYCLE,
    private_metadata: JSON.stringify({ channelId: form.channelId, pairId: form.pairId }),
    title: plain(m.title),
    submit: plain(m.submit),
    close: plain(m.cancel),
    blocks: [
      {
        type: 'input' as const,
        block_id: CONTINUE_END_BLOCK,
        label: plain(m.endLabel),
        hint: plain(m.endHint),
        element: { type: 'datepicker' as const, action_id: INPUT_ACTION, initial_date: form.defaultEnd },
      },
    ],
  };
}

export async function openContinueCycleModal(
  client: webApi.WebClient,
  c: Catalog,
  triggerId: string,
  form: { channelId: string; pairId: number; defaultEnd: string },
): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: continueCycleModal(c, form) });
}

/** The submitted end is checked beside its field; a valid one starts the new cycle (once). */
export function registerContinueCycleSubmission(app: App, ctx: ServiceContext): void {
  // No form window: the end date is checked without the database's pair rows, the decision after the ack.
  onView(app, ctx, VIEW_CONTINUE_CYCLE, async ({ ack, view, teamId, userId, catalog, describe, tell }) => {
    const c = await catalog();
    const metadata = readMetadata(view.private_metadata, metadataSchema);
    const endOn = readInput(view.state.values, CONTINUE_END_BLOCK);
    const problem = metadata ? await checkContinueEnd(ctx, userId, endOn) : 'endInvalid';
    if (!metadata || problem || endOn === null) {
      const text = !metadata ? c.errors.stale_action : c.evaluateWrapUp.continueModal[problem ?? 'endInvalid'];
      await ack({ response_action: 'errors', errors: { [CONTINUE_END_BLOCK]: text } });
      return;
    }
    await ack();
    const who = { teamId, userId, pairId: metadata.pairId };
    let text: string;
    try {
      text = decisionReply(c, await continueCycle(ctx, { ...who, endOn })).text;
    } catch (error) {
      text = await describe(error);
    }
    // A modal has no response_url: the answer goes to the member alone, in the channel.
    await tell(metadata.channelId, { text }, 'could not answer the continue form');
  }, { window: false });
}
