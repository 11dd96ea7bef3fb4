import { z } from 'zod';
import { AGENDA_TOPICS } from '../../domain/nurture/agenda.js';
import { text, type Placeholders } from '../text.js';

/** The agenda posted before each meeting, and shown by `/mentor agenda`. */
export const agendaSchema = z.strictObject({
  title: text(150),
  /** {date} is a Slack date token: each reader sees their own zone. */
  when: text(),
  /** {number} is the meeting's number. */
  meetingNumber: text(),
  itemsTitle: text(),
  noItems: text(),
  /** {date} */
  due: text(),
  /** {date} */
  overdue: text(),
  owners: z.strictObject({ mentor: text(), mentee: text(), both: text() }),
  stepsTitle: text(),
  topicsTitle: text(),
  topics: z.record(z.enum(AGENDA_TOPICS), text()),
  checkIn: text(),
  postButton: text(75),
  /** Answer to the clicker once it is in the channel. */
  posted: text(),
  /** Above the ephemeral preview of `/mentor agenda`. */
  preview: text(),
  /** Under an agenda whose date is the two-week default, not one the pair set. */
  guessed: text(),
});

export type AgendaTexts = z.infer<typeof agendaSchema>;

/** The placeholders callers pass, by key path. */
export const AGENDA_PLACEHOLDERS: Placeholders = {
  'agenda.when': ['date'],
  'agenda.meetingNumber': ['number'],
  'agenda.due': ['date'],
  'agenda.overdue': ['date'],
};
