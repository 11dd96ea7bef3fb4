import type { webApi } from '@slack/bolt';
import type { Catalog } from '../../content/index.js';
import { INVENTORY_FIELDS, type InventoryAnswers, MAX_INVENTORY_ANSWER, REQUIRED_INVENTORY_FIELDS } from '../../domain/prepare/inventory.js';
import { INPUT_ACTION, INVENTORY_BLOCKS, VIEW_INVENTORY } from '../ids.js';
import { type KnownBlock, sections } from '../kit/blocks.js';
import type { ChannelMetadata } from './goal-plan-modal.js';

/** The member's own self-inventory, prefilled with their stored answers when they edit it. */
export function inventoryModal(c: Catalog, metadata: ChannelMetadata, current?: InventoryAnswers) {
  const s = c.selfInventory;
  const inputs: KnownBlock[] = INVENTORY_FIELDS.map((field) => {
    const value = current?.[field];
    return {
      type: 'input',
      block_id: INVENTORY_BLOCKS[field],
      optional: !REQUIRED_INVENTORY_FIELDS.includes(field),
      label: { type: 'plain_text', text: s.fields[field] },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        multiline: true,
        // Slack counts down to the limit as people type; the submission is checked again all the same.
        max_length: MAX_INVENTORY_ANSWER,
        placeholder: { type: 'plain_text', text: s.placeholders[field] },
        ...(value ? { initial_value: value } : {}),
      },
    };
  });
  return {
    type: 'modal' as const,
    callback_id: VIEW_INVENTORY,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text' as const, text: s.modal.title },
    submit: { type: 'plain_text' as const, text: s.modal.submit },
    close: { type: 'plain_text' as const, text: s.modal.cancel },
    blocks: [...sections(s.modal.intro), ...inputs],
  };
}

/** Opens the member's own form; trigger_id lives three seconds, so nothing slow comes before this. */
export async function openInventoryModal(
  client: webApi.WebClient,
  c: Catalog,
  triggerId: string,
  form: { channelId: string; current: InventoryAnswers | undefined },
): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: inventoryModal(c, { channelId: form.channelId }, form.current) });
}
