import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/**
 * - `changed`: Channel line. {user} {from} {to}
 * - `done`: Ephemeral to the member who changed it. {stage}
 */
export const stageSchema = z.strictObject({ changed: text(), done: text() });

export type StageTexts = z.infer<typeof stageSchema>;

/** The placeholders callers pass, by key path. */
export const STAGE_PLACEHOLDERS: Placeholders = {
  'stage.changed': ['user', 'from', 'to'],
  'stage.done': ['stage'],
};
