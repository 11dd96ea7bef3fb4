import type { GoalPlanTexts } from '../../sections/goal-plan.js';

export const goalPlanEn: GoalPlanTexts = {
  title: 'Goal and plan',
  goal: 'Goal',
  plan: 'Plan',
  stepsDone: '{done} of {total} steps done',
  byline: 'Last edited by {user} on {date}',
  doneBy: 'done by {user}',
  doneButton: 'Mark done',
  undoButton: 'Undo',
  editButton: 'Edit the goal and plan',
  modal: {
    title: 'Goal and plan',
    submit: 'Save',
    cancel: 'Cancel',
    intro:
      'This is the mentee’s goal, in the mentee’s own words. The mentor is welcome to help put it into writing, and either of you can come back and edit it later.',
    goalLabel: 'What is your goal?',
    goalPlaceholder: 'One goal, as precise as you can make it',
    planLabel: 'Your plan, step by step',
    planPlaceholder: 'One concrete step per line',
    planHint:
      'Write between {min} and {max} steps, one per line, in the order you’ll take them. You can tick each one off in the channel once it’s done.',
    examplesTitle: 'Need inspiration? Two goals and their plans',
  },
  fieldErrors: {
    goalRequired: 'Please write down your goal.',
    goalTooLong: 'Keep the goal short: {max} characters at most.',
    tooFewSteps: 'A plan needs at least {min} steps, one per line.',
    tooManySteps: 'Keep the plan to {max} steps at most: merge or drop a few.',
    stepTooLong: 'Step {number} is too long: {max} characters at most per step.',
    planTooLong: 'The plan is too long: {max} characters at most in all.',
  },
};
