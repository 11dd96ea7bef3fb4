import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** "Start the conversation" made interactive: more icebreakers, the two checklists, the move to nurture. */
export const conversationSchema = z.strictObject({
  /** Under the icebreakers. */
  icebreakersHint: text(),
  /** Button under the icebreakers; posts three more. */
  moreButton: text(75),
  /** Under the last unseen icebreakers, instead of the button. */
  lastIcebreakers: text(),
  /** Ephemeral: every icebreaker has been shown to this pair. */
  noMoreIcebreakers: text(),
  /** Above the two checklists. */
  checklistsIntro: text(),
  /** {done} {total} */
  agreementProgress: text(),
  /** {done} {total} */
  topicsProgress: text(),
  /** The latest tick or untick. {user} {date} */
  lastChange: text(),
  /** Channel post, once per pair. {stage} is the nurture stage's name. */
  suggestNurture: text(),
  suggestNurtureButton: text(75),
});

export type ConversationTexts = z.infer<typeof conversationSchema>;

/** The placeholders callers pass, by key path. */
export const CONVERSATION_PLACEHOLDERS: Placeholders = {
  'conversation.agreementProgress': ['done', 'total'],
  'conversation.topicsProgress': ['done', 'total'],
  'conversation.lastChange': ['user', 'date'],
  'conversation.suggestNurture': ['stage'],
};
