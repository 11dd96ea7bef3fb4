import { z } from 'zod';
import { text, list, type Placeholders } from '../text.js';

export const prepareSchema = z.strictObject({
  title: text(150),
  intro: text(),
  goalTitle: text(150),
  goalBody: text(),
  /** Worked examples: a first job in the ecosystem; administrator to technical architect. */
  examples: z
    .array(z.strictObject({ name: text(), goal: text(), plan: list(1) }))
    .min(2, 'must hold at least 2 items'),
  inventoryTitle: text(150),
  /** Self-inventory prompts for each member. */
  inventory: list(6),
  nextHint: text(),
});

export type PrepareTexts = z.infer<typeof prepareSchema>;

/** The placeholders callers pass, by key path. */
export const PREPARE_PLACEHOLDERS: Placeholders = {};
