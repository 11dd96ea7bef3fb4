import { z } from 'zod';

/** What the bot says when a meeting log meets one of Slack's limits, or its post fails after it was saved. */
export interface LogLimitsTexts {
  /** Beside the form's next-steps field. {max} */
  tooManyItems: string;
  /** Under a record or a history entry that shows only some of a log's items. {count} */
  moreItems: string;
  /** In `/mentor history`, under an older log's first items. {count} */
  moreInExport: string;
  /** To the author alone: the log is stored, the post in the channel failed. {count} action items. */
  savedNotPosted: string;
  /** The button under savedNotPosted (75 characters at most). */
  postAgainButton: string;
  /** The post went up (after "post it again"). */
  postedNow: string;
  /** "Post it again" on a log already in the channel (a second click, or the other member). */
  alreadyPosted: string;
}

const text = (max?: number) => {
  const base = z.string().min(1, 'must not be empty');
  return (max === undefined ? base : base.max(max, `must be at most ${max} characters`)).refine(
    (value) => value === value.trim(),
    'must not start or end with whitespace',
  );
};

export const logLimitsSchema = z.strictObject({
  tooManyItems: text(2000),
  moreItems: text(),
  moreInExport: text(),
  savedNotPosted: text(),
  postAgainButton: text(75),
  postedNow: text(),
  alreadyPosted: text(),
});

/** The placeholders callers pass, by key path (merged into the catalog's list). */
export const LOG_LIMITS_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'logLimits.tooManyItems': ['max'],
  'logLimits.moreItems': ['count'],
  'logLimits.moreInExport': ['count'],
  'logLimits.savedNotPosted': ['count'],
};
