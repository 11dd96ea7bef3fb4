import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

export const nudgesSchema = z.strictObject({
  /** Goal or plan still missing a week after the pair opened. */
  prepareStalled: text(),
  /** No meeting logged for the agreed rhythm and half of it. {days} = agreed rhythm in days */
  meetingOverdue: text(),
  /** {item} {due} */
  actionDue: text(),
  /** {item} {due} */
  actionOverdue: text(),
  expectationsCheckin: text(),
  /** Three weeks before the planned end. {end} */
  endApproaching: text(),
  /** One week before the planned end. {end} */
  endReminder: text(),
  /** A week before the last meeting the pair set. {date} */
  lastMeetingWeek: text(),
  /** The working day before the last meeting. {date} */
  lastMeetingDay: text(),
  /** Asked after three nudges met with silence. */
  noResponse: text(),
  /** Direct message to programme admins. {channel} */
  noResponseAdmins: text(),
  snoozeButton: text(75),
  doneButton: text(75),
  pauseButton: text(75),
  continueButton: text(75),
  closeButton: text(75),
  /** Ephemeral. {date} */
  snoozed: text(),
  dismissed: text(),
  /** Channel line. {user} */
  paused: text(),
  /** Channel line. {user} */
  resumed: text(),
  /** Channel line. {user} */
  keptGoing: text(),
  /** Replaces a nudge someone answered. {user} */
  answeredBy: text(),
});

export type NudgesTexts = z.infer<typeof nudgesSchema>;

/** The placeholders callers pass, by key path. */
export const NUDGES_PLACEHOLDERS: Placeholders = {
  'nudges.meetingOverdue': ['days'],
  'nudges.actionDue': ['item', 'due'],
  'nudges.actionOverdue': ['item', 'due'],
  'nudges.endApproaching': ['end'],
  'nudges.endReminder': ['end'],
  'nudges.noResponseAdmins': ['channel'],
  'nudges.snoozed': ['date'],
  'nudges.paused': ['user'],
  'nudges.resumed': ['user'],
  'nudges.keptGoing': ['user'],
  'nudges.answeredBy': ['user'],
};
