import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** The preparation checklist (prepare post and /mentor status) and the one suggestion to meet. */
export const prepareChecklistSchema = z.strictObject({
  title: text(150),
  /** {done} {total} */
  progress: text(),
  items: z.strictObject({ goal: text(), plan: text(), mentorInventory: text(), menteeInventory: text() }),
  goalButton: text(75),
  inventoryButton: text(75),
  /** Posted once, when the checklist is complete. {mentor} {mentee} */
  suggestion: text(),
  suggestionButton: text(75),
  /** Label of the progress line in /mentor status. */
  statusLabel: text(),
});

export type PrepareChecklistTexts = z.infer<typeof prepareChecklistSchema>;

/** The placeholders callers pass, by key path. */
export const PREPARE_CHECKLIST_PLACEHOLDERS: Placeholders = {
  'prepareChecklist.progress': ['done', 'total'],
  'prepareChecklist.suggestion': ['mentor', 'mentee'],
};
