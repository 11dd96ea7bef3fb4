import type { App } from '@slack/bolt';
import { z } from 'zod';
import { fill } from '../../content/index.js';
import { type AgreementField, type AgreementInput, MAX_AGREEMENT_TEXT } from '../../domain/engage/agreement.js';
import { checkAgreementForm, recordAgreement } from '../../services/engage/agreement.js';
import type { ServiceContext } from '../../services/context.js';
import { describeError } from '../error-reply.js';
import { AGREEMENT_BLOCKS, VIEW_AGREEMENT } from '../ids.js';
import { catalogOf } from '../requester.js';
import { acceptOnce, releaseAfterFailure } from '../kit/accept-once.js';
import { formWindow } from '../kit/form-window.js';
import { readInput, readMetadata } from '../kit/view-state.js';

const metadataSchema = z.object({ channelId: z.string().regex(/^[CGD][A-Z0-9]{2,}$/) });

/** The agreement form: mistakes go back beside their fields; a valid agreement is stored, posted and pinned. */
export function registerAgreementSubmission(app: App, ctx: ServiceContext): void {
  app.view(VIEW_AGREEMENT, async ({ ack: slackAck, body, view, client }) => {
    // Answered within Slack's window whatever the database does (see form-window.ts).
    const ack = formWindow(ctx, client, body.user.id, slackAck);
    const userId = body.user.id;
    const c = await catalogOf(ctx.slack, userId);
    const metadata = readMetadata(view.private_metadata, metadataSchema);
    const who = { teamId: body.team?.id ?? body.user.team_id ?? '', channelId: metadata?.channelId ?? '', userId };
    const input = Object.fromEntries(
      (Object.keys(AGREEMENT_BLOCKS) as AgreementField[]).map((field) => [field, readInput(view.state.values, AGREEMENT_BLOCKS[field])]),
    ) as AgreementInput;
    let checked;
    try {
      if (!metadata) throw new Error('agreement form without its channel');
      checked = await checkAgreementForm(ctx, who, input);
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [AGREEMENT_BLOCKS.priorities]: describeError(c, error, ctx.log) } });
      return;
    }
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      for (const [field, code] of Object.entries(checked.errors) as Array<[AgreementField, keyof typeof c.agreement.fieldErrors]>) {
        errors[AGREEMENT_BLOCKS[field]] = fill(c.agreement.fieldErrors[code], { max: MAX_AGREEMENT_TEXT });
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    if (!(await acceptOnce(ctx, c, body, ack, AGREEMENT_BLOCKS.priorities))) return;
    try {
      await recordAgreement(ctx, who, checked.agreement);
      await client.chat.postEphemeral({ channel: who.channelId, user: userId, text: c.agreement.saved });
    } catch (error) {
      await releaseAfterFailure(ctx, body, error);
      await client.chat
        .postEphemeral({ channel: who.channelId, user: userId, text: describeError(c, error, ctx.log) })
        .catch((failure: unknown) => ctx.log('could not tell the author why the agreement failed', { error: String(failure) }));
    }
  });
}
