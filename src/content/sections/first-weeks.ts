import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** Issue 16, the first weeks: first meeting, calendar file, a goal with a finish line, no drifting. */
const owners = z.strictObject({ mentor: text(), mentee: text(), both: text() });

export const firstWeeksSchema = z.strictObject({
  /** On the prepare post and the "preparation complete" suggestion, above the date and time picker. */
  planFirstMeeting: text(),
  /** The picker's placeholder-free hint: the date is read in the picker's (the member's) zone. */
  planFirstMeetingHint: text(),
  /** Channel line. {user} {date} */
  firstMeetingSet: text(),
  /** Channel line. {user} {date} */
  meetingSet: text(),
  /** Ephemeral answer to whoever set it. {date} */
  meetingSaved: text(),
  /** Button under every set meeting (75 characters at most). */
  calendarButton: text(75),
  /** The event's title. {mentor} {mentee} */
  eventTitle: text(),
  /** The event's description. {mentor} {mentee} {link} */
  eventDetails: text(),
  /** With the file, in the member's direct messages. {date} */
  fileComment: text(),
  /** Ephemeral, to whoever asked. {link}: the Google Calendar link. */
  fileSent: text(),
  /** Ephemeral: "Add to calendar" again for the same version of the meeting; nothing is sent. {link} */
  fileAlreadySent: text(),
  /** Ephemeral: "Add to calendar" with no meeting set. */
  noMeetingSet: text(),
  /** The first meeting's agenda. */
  firstMeetingTitle: text(),
  firstMeetingTopics: z.strictObject({ getToKnow: text(), goalAndPlan: text(), workingAgreement: text() }),
  /** Moving to engage with preparation under 4/4. {done} {total} {missing} */
  confirmEngage: text(),
  confirmTitle: text(100),
  /** {missing} (the dialog's text, 300 characters at most once filled). */
  confirmDialog: text(),
  confirmYes: text(30),
  confirmNo: text(30),
  confirmButton: text(75),
  /** The goal form's finish line. */
  successLabel: text(150),
  successPlaceholder: text(150),
  targetLabel: text(150),
  /** Under the plan field: owners and due dates. */
  planStepsHint: text(),
  /** {max} */
  criterionTooLong: text(),
  targetInvalid: text(),
  targetInPast: text(),
  stepDateInvalid: text(),
  /** On the goal post. {text} */
  successLine: text(),
  /** {date} */
  targetLine: text(),
  stepOwners: owners,
  /** {date} */
  stepDue: text(),
  /** Under each nurture activity (75 characters at most). */
  addToPlanButton: text(75),
  /** Channel line. {user} {step} {number} */
  addedToPlan: text(),
  alreadyInPlan: text(),
  /** {max} */
  planFull: text(),
  noGoalYet: text(),
  /** Reminders. */
  agreementProposal: text(),
  /** {months} */
  evaluateHorizon: text(),
  /** {step} {item} {due} */
  stepDueReminder: text(),
  /** {step} {item} {due} */
  stepOverdue: text(),
  /** The `/mentor` help line of `meet`. */
  meetHelp: text(),
});

export type FirstWeeksTexts = z.infer<typeof firstWeeksSchema>;

/** The placeholders callers pass, by key path (merged into the catalog's list). */
export const FIRST_WEEKS_PLACEHOLDERS: Placeholders = {
  'firstWeeks.firstMeetingSet': ['user', 'date'],
  'firstWeeks.meetingSet': ['user', 'date'],
  'firstWeeks.meetingSaved': ['date'],
  'firstWeeks.eventTitle': ['mentor', 'mentee'],
  'firstWeeks.eventDetails': ['mentor', 'mentee', 'link'],
  'firstWeeks.fileComment': ['date'],
  'firstWeeks.fileSent': ['link'],
  'firstWeeks.fileAlreadySent': ['link'],
  'firstWeeks.confirmEngage': ['done', 'total', 'missing'],
  'firstWeeks.confirmDialog': ['missing'],
  'firstWeeks.criterionTooLong': ['max'],
  'firstWeeks.successLine': ['text'],
  'firstWeeks.targetLine': ['date'],
  'firstWeeks.stepDue': ['date'],
  'firstWeeks.addedToPlan': ['user', 'step', 'number'],
  'firstWeeks.planFull': ['max'],
  'firstWeeks.evaluateHorizon': ['months'],
  'firstWeeks.stepDueReminder': ['step', 'item', 'due'],
  'firstWeeks.stepOverdue': ['step', 'item', 'due'],
};
