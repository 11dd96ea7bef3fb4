import type { TipsTexts } from '../../sections/tips.js';

export const tipsEn: TipsTexts = {
  title: 'Getting the most from your mentoring',
  items: [
    '*Be honest.* Know which areas you need to develop and bring them to your meetings.',
    '*Do your homework.* Look up whatever you can find on your own, so your time together goes on what matters.',
    '*Ask the hard questions.* Earning potential or your mentor’s own setbacks are fair topics: just raise them with tact.',
    '*Say thank you.* Your mentor gives you their time; tell them when their advice makes a difference.',
    '*Follow through.* Do what you agreed (the book, the course, the CV update, the profile refresh) and come ready to learn more next time.',
  ],
};
