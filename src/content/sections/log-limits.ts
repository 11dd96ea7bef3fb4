import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** What the bot says when a meeting log meets one of Slack's limits, or its post fails after it was saved. */
export const logLimitsSchema = z.strictObject({
  /** Beside the form's next-steps field. {max} */
  tooManyItems: text(2000),
  /** Under a record or a history entry that shows only some of a log's items. {count} */
  moreItems: text(),
  /** In `/mentor history`, under an older log's first items. {count} */
  moreInExport: text(),
  /** To the author alone: the log is stored, the post in the channel failed. {count} action items. */
  savedNotPosted: text(),
  /** The button under savedNotPosted (75 characters at most). */
  postAgainButton: text(75),
  /** The post went up (after "post it again"). */
  postedNow: text(),
  /** "Post it again" on a log already in the channel (a second click, or the other member). */
  alreadyPosted: text(),
});

export type LogLimitsTexts = z.infer<typeof logLimitsSchema>;

/** The placeholders callers pass, by key path (merged into the catalog's list). */
export const LOG_LIMITS_PLACEHOLDERS: Placeholders = {
  'logLimits.tooManyItems': ['max'],
  'logLimits.moreItems': ['count'],
  'logLimits.moreInExport': ['count'],
  'logLimits.savedNotPosted': ['count'],
};
