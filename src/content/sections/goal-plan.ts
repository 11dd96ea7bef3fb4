import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** The mentee's goal and plan: its form and its post in the channel, where steps are ticked off. */
// Slack limits: modal title, submit and close 24 characters, buttons 75, labels 2000, placeholders 150.
export const goalPlanSchema = z.strictObject({
  /** Header of the goal post. */
  title: text(150),
  goal: text(),
  plan: text(),
  /** {done} {total} */
  stepsDone: text(),
  /** {user} {date} */
  byline: text(),
  /** After a step that is done. {user} */
  doneBy: text(),
  doneButton: text(75),
  undoButton: text(75),
  editButton: text(75),
  modal: z.strictObject({
    title: text(24),
    submit: text(24),
    cancel: text(24),
    /** Whose goal it is and who may write it. */
    intro: text(3000),
    goalLabel: text(2000),
    goalPlaceholder: text(150),
    planLabel: text(2000),
    planPlaceholder: text(150),
    /** {min} {max} */
    planHint: text(2000),
    /** Above the two worked examples (prepare.examples). */
    examplesTitle: text(150),
  }),
  fieldErrors: z.strictObject({
    goalRequired: text(),
    /** {max} */
    goalTooLong: text(),
    /** {min} */
    tooFewSteps: text(),
    /** {max} */
    tooManySteps: text(),
    /** {number} is the step's position, {max} the limit. */
    stepTooLong: text(),
    /** {max}: the whole plan's limit, checked before it is split into steps. */
    planTooLong: text(),
  }),
});

export type GoalPlanTexts = z.infer<typeof goalPlanSchema>;

/** The placeholders callers pass, by key path. */
export const GOAL_PLAN_PLACEHOLDERS: Placeholders = {
  'goalPlan.stepsDone': ['done', 'total'],
  'goalPlan.byline': ['user', 'date'],
  'goalPlan.doneBy': ['user'],
  'goalPlan.modal.planHint': ['min', 'max'],
  'goalPlan.fieldErrors.goalTooLong': ['max'],
  'goalPlan.fieldErrors.tooFewSteps': ['min'],
  'goalPlan.fieldErrors.tooManySteps': ['max'],
  'goalPlan.fieldErrors.stepTooLong': ['number', 'max'],
  'goalPlan.fieldErrors.planTooLong': ['max'],
};
