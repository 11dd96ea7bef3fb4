import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

export const logSchema = z.strictObject({
  title: text(150),
  /** {user} {date} */
  byline: text(),
  summary: text(),
  achievements: text(),
  nextSteps: text(),
  nextMeeting: text(),
  /** Ephemeral confirmation. {count} action items */
  saved: text(),
  /** Hint shown when /mentor-log text has no action items. */
  syntaxHint: text(),
  /** Who carries an action item, shown beside it. */
  owners: z.strictObject({ mentor: text(80), mentee: text(80), both: text(80) }),
  /** An action item's due day. {date} */
  due: text(150),
  doneButton: text(75),
  /** {user} */
  doneBy: text(150),
  overdue: text(80),
  /** `/mentor done 3`. {number} {item} */
  markedDone: text(),
  /** `/mentor status`: how many action items are done. */
  doneCount: text(150),
  deleteButton: text(75),
  /** Replaces a deleted log's record. {user} */
  deleted: text(),
  editButton: text(75),
  /** Added to the byline of a log changed after it was posted. {date} */
  edited: text(150),
  // Slack limits: modal title and buttons 24 characters, input placeholders 150.
  modal: z.strictObject({
    title: text(24),
    submit: text(24),
    cancel: text(24),
    summaryLabel: text(2000),
    summaryPlaceholder: text(150),
    achievementsLabel: text(2000),
    achievementsPlaceholder: text(150),
    nextStepsLabel: text(2000),
    nextStepsHint: text(2000),
    nextMeetingLabel: text(2000),
    metOnLabel: text(2000),
    nextMeetingTimeLabel: text(2000),
    nextMeetingTimeHint: text(2000),
    privateNoteLabel: text(2000),
    privateNoteHint: text(2000),
    /** Title of the form when it edits a posted log. */
    editTitle: text(24),
    /** The next-steps hint when editing: done items are not listed. */
    editNextStepsHint: text(2000),
    /**
     * Words that start a next step to name its owner (`mentee: send the CV`); they must be ones src/domain/nurture/action-item.ts reads (checked by a test).
     */
    ownerPrefixes: z.strictObject({ mentor: text(20), mentee: text(20), both: text(20) }),
  }),
  fieldErrors: z.strictObject({
    summaryRequired: text(),
    /** {max} */
    tooLong: text(),
    dateInPast: text(),
    dateInvalid: text(),
    metInFuture: text(),
    timeInvalid: text(),
    timeInPast: text(),
    timeNeedsDate: text(),
  }),
});

export type LogTexts = z.infer<typeof logSchema>;

/** The placeholders callers pass, by key path. */
export const LOG_PLACEHOLDERS: Placeholders = {
  'log.byline': ['user', 'date'],
  'log.saved': ['count'],
  'log.due': ['date'],
  'log.doneBy': ['user'],
  'log.deleted': ['user'],
  'log.edited': ['date'],
  'log.markedDone': ['number', 'item'],
  'log.fieldErrors.tooLong': ['max'],
};
