import type { EvaluateTexts } from '../../sections/evaluate.js';

export const evaluateEn: EvaluateTexts = {
  title: 'Stage 4 · Evaluate and wrap up',
  intro:
    'As your mentoring comes to an end, take time together to look back, measure how far you’ve come and decide what happens next.',
  checklistTitle: 'Before you close',
  checklist: [
    'Reflect on the relationship and what it taught each of you.',
    'Revisit your expectations and goals: which were met, and how fully?',
    'Decide together whether to keep the relationship going.',
    'Set the date of your last meeting, and remind each other ahead of time so you can both prepare.',
    'Celebrate your wins and think about the knowledge you can now pass on.',
    'Finish on a high: share what you enjoyed most, what will stay with you and the lessons that mattered.',
    'Mentee: thank your mentor, tell them how much their guidance meant, and ask whether you may keep them posted on your progress.',
  ],
  confirmHint:
    'When you’ve both written your reflection, run `/wrap-up confirm` or press *Celebrate and decide*: we post your celebration summary and you choose what comes next.',
};
