import type { PairTexts } from '../../sections/pair.js';

export const pairEn: PairTexts = {
  opened:
    'Done! {channel} is ready for {mentor} (mentor) and {mentee} (mentee). I’ve posted a welcome message there to get them started.',
  topic: 'Mentoring: {mentor} (mentor) & {mentee} (mentee) · type /mentor for help',
};
