import { z } from 'zod';
import { CHECKLIST_SIZE } from '../../domain/engage/checklists.js';
import { ICEBREAKER_COUNT } from '../../domain/engage/icebreakers.js';
import { text, list, exactly, type Placeholders } from '../text.js';

export const engageSchema = z.strictObject({
  title: text(150),
  intro: text(),
  tipsTitle: text(150),
  /** Tips for a calm first meeting. */
  tips: list(1),
  icebreakersTitle: text(150),
  /**
   * ICEBREAKER_COUNT questions (src/domain/engage/icebreakers.ts, at least 20), in the same order in every language; three per post.
   */
  icebreakers: exactly(ICEBREAKER_COUNT),
  agreementTitle: text(150),
  // Checkbox options: Slack caps an option's text at 75 characters.
  /**
   * Exactly five checkbox items (75 characters at most): commitments, ground rules, confidentiality, mentor's actions, communication.
   */
  agreement: exactly(CHECKLIST_SIZE, 75),
  topicsTitle: text(150),
  /** Exactly five discussion topics, checkbox items of 75 characters at most. */
  topics: exactly(CHECKLIST_SIZE, 75),
  nextHint: text(),
});

export type EngageTexts = z.infer<typeof engageSchema>;

/** The placeholders callers pass, by key path. */
export const ENGAGE_PLACEHOLDERS: Placeholders = {};
