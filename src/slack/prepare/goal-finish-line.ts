import { type Catalog, fill } from '../../content/index.js';
import type { GoalPlanFieldError } from '../../domain/prepare/goal-plan.js';
import { MAX_CRITERION_LENGTH } from '../../domain/prepare/plan-step.js';
import type { GoalStepView } from '../../services/prepare/prepare-posts.js';
import { GOAL_BLOCKS, INPUT_ACTION } from '../ids.js';
import type { KnownBlock } from '../kit/blocks.js';
import { calendarDay } from '../kit/dates.js';
import { safeText } from '../kit/safe-text.js';

/** What the goal form is prefilled with when editing. */
export interface GoalFormCurrent {
  goal: string;
  /** One line a step, owner and due date included ("mentee: … by 2027-01-15"). */
  steps: string[];
  successCriterion?: string | null;
  targetOn?: string | null;
}

/** The goal form's finish line: how we'll know it's reached, and an optional target date. */
export function finishLineInputs(c: Catalog, current: GoalFormCurrent | undefined): KnownBlock[] {
  const f = c.firstWeeks;
  return [
    {
      type: 'input',
      block_id: GOAL_BLOCKS.successCriterion,
      optional: true,
      label: { type: 'plain_text', text: f.successLabel },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        multiline: true,
        max_length: MAX_CRITERION_LENGTH,
        placeholder: { type: 'plain_text', text: f.successPlaceholder },
        ...(current?.successCriterion ? { initial_value: current.successCriterion } : {}),
      },
    },
    {
      type: 'input',
      block_id: GOAL_BLOCKS.targetOn,
      optional: true,
      label: { type: 'plain_text', text: f.targetLabel },
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...(current?.targetOn ? { initial_date: current.targetOn } : {}) },
    },
  ];
}

/** The finish line's field errors, in words. */
export function finishLineErrors(c: Catalog): Pick<Record<GoalPlanFieldError, string>, 'criterionTooLong' | 'targetInvalid' | 'targetInPast' | 'stepDateInvalid'> {
  const f = c.firstWeeks;
  return {
    criterionTooLong: fill(f.criterionTooLong, { max: MAX_CRITERION_LENGTH }),
    targetInvalid: f.targetInvalid,
    targetInPast: f.targetInPast,
    stepDateInvalid: f.stepDateInvalid,
  };
}

/** The goal post's finish line: the criterion and the target day, when set. */
export function finishLineText(c: Catalog, finish: { successCriterion: string | null; targetOn: string | null } | undefined): string[] {
  if (!finish) return [];
  const f = c.firstWeeks;
  return [
    ...(finish.successCriterion ? [fill(f.successLine, { text: safeText(finish.successCriterion) })] : []),
    ...(finish.targetOn ? [fill(f.targetLine, { date: calendarDay(finish.targetOn, c.locale) })] : []),
  ];
}

/** A step's owner and due date, after its text: " _(mentee · due 15 January)_". */
export function stepDetailsText(c: Catalog, step: GoalStepView): string {
  const f = c.firstWeeks;
  const parts = [
    ...(step.owner ? [f.stepOwners[step.owner]] : []),
    ...(step.dueOn ? [fill(f.stepDue, { date: calendarDay(step.dueOn, c.locale) })] : []),
  ];
  return parts.length === 0 ? '' : ` _(${parts.join(' · ')})_`;
}
