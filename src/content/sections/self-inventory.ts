import { z } from 'zod';
import { INVENTORY_FIELDS } from '../../domain/prepare/inventory.js';
import { text, type Placeholders } from '../text.js';

/** Each member's self-inventory: its form, and the short summary posted in the channel. */
export const selfInventorySchema = z.strictObject({
  /** Labels of the form's fields, also used in the summary. */
  fields: z.record(z.enum(INVENTORY_FIELDS), text(2000)),
  /** Placeholders of the form's fields (150 characters at most). */
  placeholders: z.record(z.enum(INVENTORY_FIELDS), text(150)),
  modal: z.strictObject({ title: text(24), submit: text(24), cancel: text(24), intro: text(3000) }),
  /** Channel post, the first time. {user} */
  shared: text(),
  /** Channel post, after an edit. {user} */
  updated: text(),
  /** Under the summary: how each member fills in or edits their own. */
  hint: text(),
  /**
   * - `tooLong`: {max}
   */
  fieldErrors: z.strictObject({ required: text(), tooLong: text() }),
});

export type SelfInventoryTexts = z.infer<typeof selfInventorySchema>;

/** The placeholders callers pass, by key path. */
export const SELF_INVENTORY_PLACEHOLDERS: Placeholders = {
  'selfInventory.shared': ['user'],
  'selfInventory.updated': ['user'],
  'selfInventory.fieldErrors.tooLong': ['max'],
};
