import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { INVENTORY_FIELDS, type InventoryInput, MAX_INVENTORY_ANSWER, validateInventory } from '../../domain/prepare/inventory.js';
import type { ServiceContext } from '../../services/context.js';
import { saveInventory } from '../../services/prepare/inventory.js';
import { INVENTORY_BLOCKS, VIEW_INVENTORY } from '../ids.js';
import { onView } from '../listener.js';
import { channelMetadata } from './goal-plan-submission.js';
import { acceptOnce, releaseAfterFailure } from '../kit/accept-once.js';
import { refusedNonMember } from '../kit/member-check.js';
import { readInput, readMetadata } from '../kit/view-state.js';

/** The self-inventory form: mistakes go back beside their fields; valid answers are stored and summarised. */
export function registerInventorySubmission(app: App, ctx: ServiceContext): void {
  // Answered within Slack's window whatever the database does (see form-window.ts).
  onView(app, ctx, VIEW_INVENTORY, async ({ ack, body, view, teamId, userId, catalog, describe, tell }) => {
    const c = await catalog();
    const metadata = readMetadata(view.private_metadata, channelMetadata);
    if (!metadata) {
      await ack({ response_action: 'errors', errors: { [INVENTORY_BLOCKS.strengths]: c.errors.not_pair_channel } });
      return;
    }
    const who = { teamId, channelId: metadata.channelId, userId };
    // Who is asking comes before what they wrote: a form from outside the pair is never read.
    if (await refusedNonMember(ctx, c, ack, who, INVENTORY_BLOCKS.strengths)) return;
    const input: InventoryInput = {};
    for (const field of INVENTORY_FIELDS) input[field] = readInput(view.state.values, INVENTORY_BLOCKS[field]);
    const checked = validateInventory(input);
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      for (const [field, code] of Object.entries(checked.errors)) {
        errors[INVENTORY_BLOCKS[field as keyof typeof INVENTORY_BLOCKS]] = fill(c.selfInventory.fieldErrors[code], { max: MAX_INVENTORY_ANSWER });
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    if (!(await acceptOnce(ctx, c, body, ack, INVENTORY_BLOCKS.strengths))) return;
    try {
      await saveInventory(ctx, who, checked.answers);
    } catch (error) {
      await releaseAfterFailure(ctx, body, error);
      await tell(metadata.channelId, { text: await describe(error) }, 'could not tell the member why the inventory was not saved');
    }
  });
}
