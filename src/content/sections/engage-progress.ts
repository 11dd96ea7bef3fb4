import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** "Start the conversation" made interactive: more icebreakers, the two checklists, the move to nurture. */
export const engageProgressSchema = z.strictObject({
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

export type EngageProgressTexts = z.infer<typeof engageProgressSchema>;

/** The placeholders callers pass, by key path. */
export const ENGAGE_PROGRESS_PLACEHOLDERS: Placeholders = {
  'engageProgress.agreementProgress': ['done', 'total'],
  'engageProgress.topicsProgress': ['done', 'total'],
  'engageProgress.lastChange': ['user', 'date'],
  'engageProgress.suggestNurture': ['stage'],
};
