import type { App } from '@slack/bolt';
import { z } from 'zod';
import { fill } from '../../content/index.js';
import { type AgreementField, type AgreementInput, MAX_AGREEMENT_TEXT } from '../../domain/engage/agreement.js';
import { checkAgreementForm, recordAgreement } from '../../services/engage/agreement.js';
import type { ServiceContext } from '../../services/context.js';
import { AGREEMENT_BLOCKS, VIEW_AGREEMENT } from '../ids.js';
import { onView } from '../listener.js';
import { acceptOnce, releaseAfterFailure } from '../kit/accept-once.js';
import { readInput, readMetadata } from '../kit/view-state.js';

const metadataSchema = z.object({ channelId: z.string().regex(/^[CGD][A-Z0-9]{2,}$/) });

/** The agreement form: mistakes go back beside their fields; a valid agreement is stored, posted and pinned. */
export function registerAgreementSubmission(app: App, ctx: ServiceContext): void {
  // Answered within Slack's window whatever the database does (see form-window.ts).
  onView(app, ctx, VIEW_AGREEMENT, async ({ ack, body, view, client, teamId, userId, catalog, describe, tell }) => {
    const c = await catalog();
    const metadata = readMetadata(view.private_metadata, metadataSchema);
    const who = { teamId, channelId: metadata?.channelId ?? '', userId };
    const input = Object.fromEntries(
      (Object.keys(AGREEMENT_BLOCKS) as AgreementField[]).map((field) => [field, readInput(view.state.values, AGREEMENT_BLOCKS[field])]),
    ) as AgreementInput;
    let checked;
    try {
      if (!metadata) throw new Error('agreement form without its channel');
      checked = await checkAgreementForm(ctx, who, input);
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [AGREEMENT_BLOCKS.priorities]: await describe(error) } });
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
      await tell(who.channelId, { text: await describe(error) }, 'could not tell the author why the agreement failed');
    }
  });
}
