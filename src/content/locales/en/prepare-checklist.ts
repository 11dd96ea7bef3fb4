import type { PrepareChecklistTexts } from '../../sections/prepare-checklist.js';

export const prepareChecklistEn: PrepareChecklistTexts = {
  title: 'Preparation checklist',
  progress: '{done}/{total} ready',
  items: {
    goal: 'The mentee’s goal',
    plan: 'A plan of concrete steps',
    mentorInventory: 'The mentor’s self-inventory',
    menteeInventory: 'The mentee’s self-inventory',
  },
  goalButton: 'Write the goal and plan',
  inventoryButton: 'Fill in my self-inventory',
  suggestion:
    'Well done, {mentor} and {mentee}: the goal, the plan and both self-inventories are ready. You’re all set for a first meeting, so pick a date and move on to the next stage.',
  suggestionButton: 'Start the conversation',
  statusLabel: 'Preparation',
};
