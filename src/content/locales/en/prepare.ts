import type { PrepareTexts } from '../../sections/prepare.js';

export const prepareEn: PrepareTexts = {
  title: 'Stage 1 · Prepare',
  intro: 'Good mentoring starts before the first meeting. A little groundwork now makes your time together go much further.',
  goalTitle: 'Mentee: set your goal',
  goalBody:
    'Write down one goal, as precisely as you can: a dream role, a career switch, or simply finding your way around your field. Then break it into a handful of steps. A few lines are plenty: they give you a starting point and give your mentor something concrete to work with. You’re in charge of your career; your mentor helps you steer.',
  examples: [
    {
      name: 'Noor',
      goal: 'Land my first job as a data analyst.',
      plan: [
        'Work out which role suits me best.',
        'List the skills that role calls for and spot where I fall short.',
        'Close those gaps, one at a time.',
        'Rewrite my CV around those skills, aimed at the role I picked.',
        'Map out how I’ll run my job search.',
      ],
    },
    {
      name: 'Tomás',
      goal: 'Move from support engineer to product manager.',
      plan: [
        'Learn how our product team decides what to build.',
        'Ask my manager for a small product assignment.',
        'Deliver that assignment and share what I learned.',
        'Apply for the next product manager opening.',
      ],
    },
  ],
  inventoryTitle: 'Both of you: take stock',
  inventory: [
    'What are your main traits, and how do you prefer to work?',
    'Where are you strongest, and which areas would you like to develop?',
    'What are your professional goals for the next few months, and for the next few years?',
    'What do you expect from this mentoring relationship?',
    'Which ideas, knowledge and skills will you bring to it?',
    'How do you like to build trust and rapport with someone new?',
  ],
  nextHint:
    'Once the goal and plan are written and you’ve both reflected, run `/mentor stage next` to plan your first meeting.',
};
