import type { PrepChecklistTexts } from '../../sections/prep-checklist.js';

export const prepChecklistEn: PrepChecklistTexts = {
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
