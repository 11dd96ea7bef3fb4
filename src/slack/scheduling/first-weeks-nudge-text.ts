import type { Catalog } from '../../content/index.js';
import { FIRST_WEEKS_NUDGES, type FirstWeeksNudge } from '../../domain/scheduling/first-weeks-nudges.js';
import { ACTION_AGREEMENT_EDIT, ACTION_PAIR_WRAP_UP } from '../ids.js';
import { buttonValueOf } from '../codecs.js';
import { buttonElement } from '../kit/blocks.js';

export function isFirstWeeksNudge(kind: string): kind is FirstWeeksNudge {
  return (FIRST_WEEKS_NUDGES as readonly string[]).includes(kind);
}

/** The text of issue 16's reminders (firstWeeks section). */
export function firstWeeksNudgeText(c: Catalog, nudge: FirstWeeksNudge): string {
  const f = c.firstWeeks;
  const texts: Record<FirstWeeksNudge, string> = {
    agreement_proposal: f.agreementProposal,
    evaluate_horizon: f.evaluateHorizon,
    step_due: f.stepDueReminder,
    step_overdue: f.stepOverdue,
  };
  return texts[nudge];
}

/** The way forward a reminder offers before its snooze and done: the agreement form, or the wrap-up. */
export function firstWeeksButtons(c: Catalog, nudge: string, pairId: number) {
  // The agreement form takes its channel from the click; the value is only a label for it.
  if (nudge === 'agreement_proposal') return [buttonElement(c.home.fillAgreementButton, ACTION_AGREEMENT_EDIT, 'nudge')];
  if (nudge === 'evaluate_horizon') return [buttonElement(c.nudges.closeButton, ACTION_PAIR_WRAP_UP, buttonValueOf(pairId))];
  return [];
}
