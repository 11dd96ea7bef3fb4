import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** `/mentor export`: the Markdown file's words, and the messages around it. */
export const exportSchema = z.strictObject({
  title: text(),
  exportedOn: text(),
  pairHeading: text(),
  mentor: text(),
  mentee: text(),
  stage: text(),
  openedOn: text(),
  closedOn: text(),
  goalHeading: text(),
  noGoal: text(),
  planHeading: text(),
  noPlan: text(),
  stepDone: text(),
  agreementHeading: text(),
  noAgreement: text(),
  priorities: text(),
  focusAreas: text(),
  successMeasures: text(),
  rhythm: text(),
  frequencies: z.strictObject({ weekly: text(), biweekly: text(), monthly: text() }),
  meetingLength: text(),
  period: text(),
  preferredSlot: text(),
  weekdays: z.strictObject({ mon: text(), tue: text(), wed: text(), thu: text(), fri: text() }),
  agreedOn: text(),
  logsHeading: text(),
  noLogs: text(),
  logTitle: text(),
  summary: text(),
  achievements: text(),
  nextSteps: text(),
  nextMeeting: text(),
  privateNote: text(),
  itemsHeading: text(),
  noItems: text(),
  itemNumber: text(),
  itemText: text(),
  itemOwner: text(),
  itemDue: text(),
  itemStatus: text(),
  itemFrom: text(),
  owners: z.strictObject({ mentor: text(), mentee: text(), both: text() }),
  nobody: text(),
  statuses: z.strictObject({ open: text(), done: text() }),
  /** The file's title in Slack. {mentor} {mentee} */
  fileTitle: text(200),
  /** Posted with the file in the channel. {user} */
  comment: text(),
  /** Ephemeral to the requester once the file is in the channel. */
  done: text(),
});

export type ExportTexts = z.infer<typeof exportSchema>;

/** The placeholders callers pass, by key path. */
export const EXPORT_PLACEHOLDERS: Placeholders = {
  'export.title': ['mentor', 'mentee'],
  'export.exportedOn': ['date', 'user'],
  'export.stepDone': ['date'],
  'export.meetingLength': ['minutes'],
  'export.period': ['start', 'end'],
  'export.agreedOn': ['date'],
  'export.logTitle': ['date', 'user'],
  'export.fileTitle': ['mentor', 'mentee'],
  'export.comment': ['user'],
};
