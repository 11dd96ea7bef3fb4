import { type Catalog, fill } from '../../content/index.js';
import { safeText } from '../kit/safe-text.js';
import type { AddToPlanOutcome } from '../../services/prepare/plan-activity.js';

/** What the member who clicked "Add to our plan" reads. */
export function addToPlanReply(c: Catalog, outcome: AddToPlanOutcome, userId: string): string {
  const f = c.firstWeeks;
  switch (outcome.kind) {
    case 'added':
      return fill(f.addedToPlan, { user: `<@${userId}>`, step: safeText(outcome.text), number: outcome.number });
    case 'already':
      return f.alreadyInPlan;
    case 'full':
      return fill(f.planFull, { max: outcome.max });
    case 'noGoal':
      return f.noGoalYet;
  }
}
