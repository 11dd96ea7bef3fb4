import type { WelcomeTexts } from '../../sections/welcome.js';

export const welcomeEn: WelcomeTexts = {
  title: 'Welcome to your mentoring space',
  body: 'Hi {mentor} and {mentee}! This private channel belongs to the two of you. We’ll walk alongside you through each stage of your mentoring relationship, with prompts, checklists and the odd friendly reminder.',
  stagesTitle: 'Your journey in four stages',
  stages: {
    prepare:
      'The mentee sets one clear goal and a short plan, and you both take stock of what you bring and what you hope for.',
    engage: 'Your first meeting, to get to know each other and agree on how you’ll work together.',
    nurture: 'Meet regularly, work on concrete growth activities and log what you achieve.',
    evaluate: 'Look back on your progress, celebrate, and decide what happens next.',
  },
  commandsHint: 'Type `/mentor` at any time to see the commands, or `/mentor status` to check where you are.',
};
