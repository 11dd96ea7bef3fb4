import type { AgendaTexts } from '../../sections/agenda.js';

export const agendaEn: AgendaTexts = {
  title: 'Agenda for your next meeting',
  when: 'Next meeting: {date}',
  meetingNumber: 'Meeting {number}',
  itemsTitle: 'Action items to follow up',
  noItems: 'No open action items: a clean slate.',
  due: 'due {date}',
  overdue: 'overdue since {date}',
  owners: { mentor: 'mentor', mentee: 'mentee', both: 'both of you' },
  stepsTitle: 'Plan steps still ahead',
  topicsTitle: 'Worth talking about',
  topics: {
    careerPlan: 'Your career plan: where you want to be in one, three and five years, and the next move towards it.',
    cvSkills: 'The CV and transferable skills: what your experience already proves, and how to say it.',
    companyResearch: 'Company research: a few organisations and roles that fit, and what you learned about them.',
    mockInterview: 'A mock interview and the elevator pitch: rehearse the first two minutes out loud.',
    reviewGoals: 'Look back at the goal and the plan: what was reached, what is still open.',
    nextChapter: 'What comes next: keep meeting, stay in touch, or close on a high note.',
    wrapExpectations: 'Your expectations from the start: which were met, and how fully?',
    wrapHighlights: 'Your highlights: what you enjoyed most, and the lessons you’ll keep.',
    wrapThanks: 'Thank each other, and say how much the time and guidance meant.',
  },
  checkIn: 'Check-in: are your expectations still aligned? Is the rhythm right, and is this still the help you need?',
  postButton: 'Post to channel',
  posted: 'The agenda is posted in the channel.',
  preview: 'Only you can see this. Post it to the channel to share it with your partner.',
  guessed:
    'You haven’t set a date for this meeting, so we’ve assumed two weeks after your last one. Set the real date with `next meeting: thursday 14:30` in `/mentor-log`, or agree a rhythm in your mentoring agreement.',
};
