import type { PairTexts } from '../../sections/pair.js';

export const pairEn: PairTexts = {
  opened:
    'Done! {channel} is ready for {mentor} (mentor) and {mentee} (mentee). We’ve posted a welcome message there to get them started.',
  topic: 'Mentoring: {mentor} (mentor) & {mentee} (mentee) · type /mentor for help',
};
