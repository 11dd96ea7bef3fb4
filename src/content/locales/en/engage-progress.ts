import type { EngageProgressTexts } from '../../sections/engage-progress.js';

export const engageProgressEn: EngageProgressTexts = {
  icebreakersHint: 'Pick one and take turns answering. There are no wrong answers.',
  moreButton: 'Three more questions',
  lastIcebreakers: 'That’s the last of our icebreakers. From here on, your own questions will carry the conversation.',
  noMoreIcebreakers:
    'You’ve now seen every icebreaker we have, and we won’t repeat one. Your own questions are often the best ones!',
  checklistsIntro:
    'Tick an item once you’ve talked it through and agree on it. You both see the same lists, and we keep them saved.',
  agreementProgress: '{done}/{total} agreed',
  topicsProgress: '{done}/{total} discussed',
  lastChange: 'Last change by {user}, {date}',
  suggestNurture:
    'Your working agreement is complete and your first meeting is logged: well done! Whenever you’re both ready, move on to *{stage}*.',
  suggestNurtureButton: 'Move to Nurture',
};
