import type { InventoryAnswers } from '../../domain/prepare/inventory.js';
import type { PrepareProgress } from '../../domain/prepare/prep-checklist.js';

/** What the channel shows of the preparation stage; the Slack adapter renders it from the catalog. */
export interface GoalStepView {
  id: number;
  position: number;
  text: string;
  doneBy: string | null;
  doneAt: Date | null;
}

export interface GoalPlanView {
  goal: string;
  steps: GoalStepView[];
  updatedBy: string;
  updatedAt: Date;
}

export interface InventoryView {
  userId: string;
  answers: InventoryAnswers;
  /** False once the member has edited their answers. */
  firstTime: boolean;
}

export type PrepareMessage =
  /** The prepare post, redrawn with the checklist's progress. */
  | { kind: 'prepare'; progress: PrepareProgress }
  /** The goal post: the goal and its steps, each with its done button. */
  | { kind: 'goalPlan'; plan: GoalPlanView }
  /** A member's self-inventory, in short. */
  | { kind: 'inventory'; inventory: InventoryView }
  /** Posted once, when the checklist is complete: move on to "start the conversation". */
  | { kind: 'suggestEngage' };
