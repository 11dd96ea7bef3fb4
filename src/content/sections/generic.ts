import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** Texts used everywhere. */
export const genericSchema = z.strictObject({
  /** Unexpected failure on our side; invites a retry. */
  failed: text(),
  /** Shown while a slow command (opening a pair) is being carried out. */
  working: text(),
  /** A label in bold and its value, with the language's colon (French puts a no-break space before it). {label} {value} */
  field: text(),
  /** The same without bold, for notification text. {label} {value} */
  plainField: text(),
});

export type GenericTexts = z.infer<typeof genericSchema>;

/** The placeholders callers pass, by key path. */
export const GENERIC_PLACEHOLDERS: Placeholders = {
  'generic.field': ['label', 'value'],
  'generic.plainField': ['label', 'value'],
};
