import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

export const agreementSchema = z.strictObject({
  title: text(24),
  prioritiesLabel: text(2000),
  prioritiesPlaceholder: text(150),
  focusAreasLabel: text(2000),
  focusAreasPlaceholder: text(150),
  successMeasuresLabel: text(2000),
  successMeasuresPlaceholder: text(150),
  frequencyLabel: text(2000),
  frequencies: z.strictObject({ weekly: text(75), biweekly: text(75), monthly: text(75) }),
  minutesLabel: text(2000),
  /** {minutes} */
  minutes: text(75),
  startLabel: text(2000),
  endLabel: text(2000),
  endHint: text(2000),
  preferredDayLabel: text(2000),
  weekdays: z.strictObject({ mon: text(75), tue: text(75), wed: text(75), thu: text(75), fri: text(75) }),
  preferredTimeLabel: text(2000),
  meetingsLabel: text(),
  /** {start} {end} */
  period: text(),
  /** {user} */
  updatedBy: text(),
  editButton: text(75),
  submit: text(24),
  cancel: text(24),
  /** Ephemeral after saving. */
  saved: text(),
  fieldErrors: z.strictObject({
    required: text(),
    /** {max} */
    tooLong: text(),
    invalidChoice: text(),
    dateInvalid: text(),
    startInPast: text(),
    endBeforeStart: text(),
    endInPast: text(),
  }),
});

export type AgreementTexts = z.infer<typeof agreementSchema>;

/** The placeholders callers pass, by key path. */
export const AGREEMENT_PLACEHOLDERS: Placeholders = {
  'agreement.minutes': ['minutes'],
  'agreement.period': ['start', 'end'],
  'agreement.updatedBy': ['user'],
  'agreement.fieldErrors.tooLong': ['max'],
};
