import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/**
 * - `failed`: Unexpected failure on our side; invites a retry.
 * - `working`: Shown while a slow command (opening a pair) is being carried out.
 */
export const genericSchema = z.strictObject({ failed: text(), working: text() });

export type GenericTexts = z.infer<typeof genericSchema>;

/** The placeholders callers pass, by key path. */
export const GENERIC_PLACEHOLDERS: Placeholders = {};
