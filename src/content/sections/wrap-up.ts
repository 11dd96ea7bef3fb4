import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

export const wrapUpSchema = z.strictObject({
  /** Channel message with the confirm button. */
  confirmPrompt: text(),
  // Slack caps button text at 75 characters.
  confirmButton: text(75),
  /** Ephemeral when /wrap-up runs again while already in evaluate. */
  alreadyEvaluating: text(),
  /** Replaces the confirm prompt after closing. {user} */
  closedBy: text(),
  summaryTitle: text(150),
  /** {days} {meetings} {done} {total} */
  summaryBody: text(),
  farewell: text(),
  /** Ephemeral to the member who confirmed. */
  closed: text(),
});

export type WrapUpTexts = z.infer<typeof wrapUpSchema>;

/** The placeholders callers pass, by key path. */
export const WRAP_UP_PLACEHOLDERS: Placeholders = {
  'wrapUp.closedBy': ['user'],
  'wrapUp.summaryBody': ['days', 'meetings', 'done', 'total'],
};
