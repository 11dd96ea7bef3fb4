import { z } from 'zod';
import { text, list, type Placeholders } from '../text.js';

/** Tips that hold in every stage: honesty, own research, hard questions with tact, thanks, follow through. */
export const tipsSchema = z.strictObject({ title: text(150), items: list(5) });

export type TipsTexts = z.infer<typeof tipsSchema>;

/** The placeholders callers pass, by key path. */
export const TIPS_PLACEHOLDERS: Placeholders = {};
