import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

export const statusSchema = z.strictObject({
  /** {stage} {number} */
  title: text(150),
  meetings: text(),
  openItems: text(),
  lastMeeting: text(),
  never: text(),
  none: text(),
  /** {count} more open items not listed */
  more: text(),
  /** {date} */
  openedOn: text(),
  /** A next meeting nobody set: two weeks after the last one. {date} is a Slack date token. */
  guessedMeeting: text(),
});

export type StatusTexts = z.infer<typeof statusSchema>;

/** The placeholders callers pass, by key path. */
export const STATUS_PLACEHOLDERS: Placeholders = {
  'status.guessedMeeting': ['date'],
  'status.title': ['stage', 'number'],
  'status.more': ['count'],
  'status.openedOn': ['date'],
};
