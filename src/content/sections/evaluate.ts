import { z } from 'zod';
import { text, list, type Placeholders } from '../text.js';

export const evaluateSchema = z.strictObject({
  title: text(150),
  intro: text(),
  checklistTitle: text(150),
  /**
   * Wrap-up checklist: reflect, review expectations and goals, decide to continue, last meeting date, celebrate, end well, thank.
   */
  checklist: list(5),
  confirmHint: text(),
});

export type EvaluateTexts = z.infer<typeof evaluateSchema>;

/** The placeholders callers pass, by key path. */
export const EVALUATE_PLACEHOLDERS: Placeholders = {};
