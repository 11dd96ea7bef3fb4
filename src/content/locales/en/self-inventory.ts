import type { SelfInventoryTexts } from '../../sections/self-inventory.js';

export const selfInventoryEn: SelfInventoryTexts = {
  fields: {
    strengths: 'My strengths',
    developmentAreas: 'Areas I want to develop',
    shortTermGoals: 'My goals for the coming months',
    longTermGoals: 'My goals for the coming years',
    expectations: 'What I expect from this relationship',
    contribution: 'What I bring: ideas, knowledge, skills',
    rapport: 'How I like to build rapport',
  },
  placeholders: {
    strengths: 'What you do well, and how you like to work',
    developmentAreas: 'Be candid: this is what your meetings will work on',
    shortTermGoals: 'Where you want to be a few months from now',
    longTermGoals: 'Where you want to be a few years from now',
    expectations: 'What a good outcome of this mentoring looks like to you',
    contribution: 'Experience, contacts and skills you can share',
    rapport: 'A coffee chat, sharing stories, getting straight down to work…',
  },
  modal: {
    title: 'My self-inventory',
    submit: 'Save',
    cancel: 'Cancel',
    intro:
      'Take stock before you meet. Your answers are kept for your pair, a short summary goes to your channel, and you can edit them at any time.',
  },
  shared: '{user} shared their self-inventory.',
  updated: '{user} updated their self-inventory.',
  hint: 'Each of you fills in your own, with `/mentor inventory` or the button on the preparation post.',
  fieldErrors: {
    required: 'Please answer this one: it shapes your first meeting.',
    tooLong: 'This is too long: {max} characters at most.',
  },
};
