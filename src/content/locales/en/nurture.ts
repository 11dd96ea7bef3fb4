import type { NurtureTexts } from '../../sections/nurture.js';

export const nurtureEn: NurtureTexts = {
  title: 'Stage 3 · Nurture the relationship',
  intro:
    'The goals are set and you’ve agreed how to work together: now the real work begins. Meet regularly, keep the momentum going and put the plan into action.',
  activitiesTitle: 'Ideas to grow together',
  activities: [
    'Build a personal career plan together, with well-defined goals and the strategies to reach them.',
    'Go through the mentee’s CV and talk about how to present their transferable skills for the role they are aiming at.',
    'Research companies the mentee is drawn to, and share what you learn about the roles and careers they offer.',
    'Run a mock interview and rehearse a short personal elevator pitch.',
  ],
  expectationsTitle: 'Keep expectations aligned',
  expectations:
    'It’s fine if your expectations don’t match at first: what matters is talking about it and adjusting together. Left unspoken, a mismatch soon turns into frustration and wasted time. Expectations also shift as the goal gets closer, so check in on them often to keep heading the same way.',
  logHint:
    'After each meeting, run `/mentor-log` to note what you achieved and the next steps. Open action items are carried into your next agenda.',
};
